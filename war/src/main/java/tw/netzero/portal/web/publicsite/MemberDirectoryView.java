package tw.netzero.portal.web.publicsite;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import tw.netzero.portal.application.MemberDirectory;
import tw.netzero.portal.domain.model.company.DirectoryQuery.SortField;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.web.i18n.Language;

/** Backing bean of public/members.xhtml: the filters and the lazily paged table. */
@Named
@ViewScoped
public class MemberDirectoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberDirectory directory;

    @Inject
    private Language language;

    private String name;
    private IndustryGroup industryGroup;
    private DirectoryDataModel members;

    @PostConstruct
    void init() {
        // Readers of Chinese get the list in Chinese name order until they sort otherwise.
        SortField defaultSort = language.isChinese() ? SortField.NAME_ZH : SortField.NAME_EN;
        members = new DirectoryDataModel(directory, this::currentFilter, defaultSort);
    }

    private DirectoryDataModel.Filter currentFilter() {
        return new DirectoryDataModel.Filter(industryGroup, name);
    }

    public DirectoryDataModel getMembers() {
        return members;
    }


    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public IndustryGroup getIndustryGroup() {
        return industryGroup;
    }

    public void setIndustryGroup(IndustryGroup industryGroup) {
        this.industryGroup = industryGroup;
    }
}
