package tw.netzero.portal.domain.model.company;

import java.io.Serializable;
import java.time.LocalDate;

/** One row of the public member directory: only what the public may see. */
public record DirectoryEntry(
        Long id,
        Ubn ubn,
        String nameEn,
        String nameZh,
        IndustryGroup industryGroup,
        District district,
        String website,
        LocalDate joinedOn) implements Serializable {
}
