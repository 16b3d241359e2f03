package tw.netzero.portal.web.company;

import java.io.Serializable;
import tw.netzero.portal.application.company.CompanyDetails;
import tw.netzero.portal.domain.model.company.CompanyProfile;
import tw.netzero.portal.domain.model.company.District;
import tw.netzero.portal.domain.model.company.IndustryGroup;

/** The editable fields of a company profile, as bound to a form. The rules live in CompanyProfile. */
public class CompanyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String ubn;
    private String nameEn;
    private String nameZh;
    private IndustryGroup industryGroup;
    private District district;
    private String website;
    private long version;

    public static CompanyForm of(CompanyDetails company) {
        CompanyForm form = new CompanyForm();
        CompanyProfile profile = company.profile();
        form.ubn = profile.ubn();
        form.nameEn = profile.nameEn();
        form.nameZh = profile.nameZh();
        form.industryGroup = profile.industryGroup();
        form.district = profile.district();
        form.website = profile.website();
        form.version = company.version();
        return form;
    }

    public CompanyProfile toProfile() {
        return new CompanyProfile(blankToNull(ubn), nameEn, nameZh, industryGroup, district, blankToNull(website));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getUbn() {
        return ubn;
    }

    /** Typed only when a company applies; a registered company's UBN never changes. */
    public void setUbn(String ubn) {
        this.ubn = ubn;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public IndustryGroup getIndustryGroup() {
        return industryGroup;
    }

    public void setIndustryGroup(IndustryGroup industryGroup) {
        this.industryGroup = industryGroup;
    }

    public District getDistrict() {
        return district;
    }

    public void setDistrict(District district) {
        this.district = district;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public long getVersion() {
        return version;
    }
}
