package tw.netzero.portal.web.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import tw.netzero.portal.domain.model.company.District;
import tw.netzero.portal.domain.model.company.IndustryGroup;

/** The choices of the company pickers (industry group, district), for every form and filter. */
@Named
@ApplicationScoped
public class CompanyChoices {

    public List<IndustryGroup> getIndustryGroups() {
        return List.of(IndustryGroup.values());
    }

    public List<District> getDistricts() {
        return List.of(District.values());
    }
}
