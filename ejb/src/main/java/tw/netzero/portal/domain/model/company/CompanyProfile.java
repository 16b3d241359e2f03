package tw.netzero.portal.domain.model.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import tw.netzero.portal.domain.model.shared.NoHiddenCharacters;

/** The descriptive facts about a company, as typed on a form or read from a file. */
public record CompanyProfile(
        @NotNull(message = "{company.ubn.required}")
        @ValidUbn
        String ubn,

        @NotBlank(message = "{company.nameEn.required}")
        @Size(max = MemberCompany.NAME_EN_MAX, message = "{company.nameEn.size}")
        @NoHiddenCharacters(message = "{company.name.hiddenCharacters}")
        String nameEn,

        @NotBlank(message = "{company.nameZh.required}")
        @Size(max = MemberCompany.NAME_ZH_MAX, message = "{company.nameZh.size}")
        @NoHiddenCharacters(message = "{company.name.hiddenCharacters}")
        String nameZh,

        @NotNull(message = "{company.industryGroup.required}")
        IndustryGroup industryGroup,

        @NotNull(message = "{company.district.required}")
        District district,

        @Size(max = MemberCompany.WEBSITE_MAX, message = "{company.website.size}")
        @Pattern(regexp = MemberCompany.WEBSITE_PATTERN, message = "{company.website.pattern}")
        String website) implements Serializable {
}
