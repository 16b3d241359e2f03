package tw.netzero.portal.domain.model.company;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/**
 * A company in the alliance, identified by its UBN. Membership moves only through the verbs
 * below (apply, activate, suspend, reinstate, withdraw); each refuses an illegal move.
 */
@Entity
@Table(name = "member_company")
@NamedQuery(name = MemberCompany.FIND_BY_UBN,
        query = "SELECT c FROM MemberCompany c WHERE c.ubn = :ubn")
public class MemberCompany {

    public static final String FIND_BY_UBN = "MemberCompany.findByUbn";

    public static final int NAME_EN_MAX = 200;
    public static final int NAME_ZH_MAX = 100;
    public static final int WEBSITE_MAX = 255;
    public static final String WEBSITE_PATTERN = "https?://[^\\s]+";

    // Table-based ids: portable across MariaDB/MySQL and H2, and ids known before the
    // INSERT lets EclipseLink batch writes (see docs/decisions/0002-id-generation.md).
    @Id
    @TableGenerator(name = "member_company_id", table = "id_sequence",
            pkColumnName = "sequence_name", valueColumnName = "next_value",
            pkColumnValue = "member_company", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "member_company_id")
    private Long id;

    @NotNull
    @Convert(converter = UbnConverter.class)
    @Column(name = "ubn", length = Ubn.LENGTH, nullable = false, unique = true, updatable = false)
    private Ubn ubn;

    @NotBlank(message = "{company.nameEn.required}")
    @Size(max = NAME_EN_MAX, message = "{company.nameEn.size}")
    @Column(name = "name_en", nullable = false, length = NAME_EN_MAX)
    private String nameEn;

    @NotBlank(message = "{company.nameZh.required}")
    @Size(max = NAME_ZH_MAX, message = "{company.nameZh.size}")
    @Column(name = "name_zh", nullable = false, length = NAME_ZH_MAX)
    private String nameZh;

    @NotNull(message = "{company.industryGroup.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "industry_group", nullable = false, length = 32)
    private IndustryGroup industryGroup;

    @NotNull(message = "{company.district.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "district", nullable = false, length = 16)
    private District district;

    @Size(max = WEBSITE_MAX, message = "{company.website.size}")
    @Pattern(regexp = WEBSITE_PATTERN, message = "{company.website.pattern}")
    @Column(name = "website", length = WEBSITE_MAX)
    private String website;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "membership_status", nullable = false, length = 16)
    private MembershipStatus membershipStatus;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MemberCompany() {
        // for JPA
    }

    private MemberCompany(CompanyProfile profile, MembershipStatus status, LocalDate joinedOn) {
        Objects.requireNonNull(profile, "profile");
        this.ubn = Ubn.of(profile.ubn());
        this.membershipStatus = status;
        this.joinedOn = joinedOn;
        describe(profile);
    }

    /** A company that has applied and waits for the secretariat's decision. */
    public static MemberCompany applicant(CompanyProfile profile) {
        return new MemberCompany(profile, MembershipStatus.APPLICANT, null);
    }

    /** A company admitted directly, as the founding members were. */
    public static MemberCompany admitted(CompanyProfile profile, LocalDate joinedOn) {
        Objects.requireNonNull(joinedOn, "joinedOn");
        return new MemberCompany(profile, MembershipStatus.ACTIVE, joinedOn);
    }

    /** Replaces the descriptive details; the UBN never changes. */
    public void describe(CompanyProfile profile) {
        if (!ubn.value().equals(profile.ubn())) {
            throw new DomainRuleViolation("company.ubn.immutable");
        }
        this.nameEn = profile.nameEn().strip();
        this.nameZh = profile.nameZh().strip();
        this.industryGroup = profile.industryGroup();
        this.district = profile.district();
        this.website = profile.website() == null || profile.website().isBlank() ? null : profile.website().strip();
    }

    public void activate(LocalDate on) {
        requireStatus(MembershipStatus.APPLICANT, "activate");
        this.membershipStatus = MembershipStatus.ACTIVE;
        this.joinedOn = on;
    }

    public void suspend() {
        requireStatus(MembershipStatus.ACTIVE, "suspend");
        this.membershipStatus = MembershipStatus.SUSPENDED;
    }

    public void reinstate() {
        requireStatus(MembershipStatus.SUSPENDED, "reinstate");
        this.membershipStatus = MembershipStatus.ACTIVE;
    }

    public void withdraw() {
        if (membershipStatus != MembershipStatus.ACTIVE && membershipStatus != MembershipStatus.SUSPENDED) {
            throw illegalMove("withdraw");
        }
        this.membershipStatus = MembershipStatus.WITHDRAWN;
    }

    private void requireStatus(MembershipStatus required, String move) {
        if (membershipStatus != required) {
            throw illegalMove(move);
        }
    }

    private DomainRuleViolation illegalMove(String move) {
        return new DomainRuleViolation("company.membership.illegalMove", move, membershipStatus);
    }

    public Long id() {
        return id;
    }

    public Ubn ubn() {
        return ubn;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public IndustryGroup industryGroup() {
        return industryGroup;
    }

    public District district() {
        return district;
    }

    public String website() {
        return website;
    }

    public MembershipStatus membershipStatus() {
        return membershipStatus;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public long version() {
        return version;
    }

    public CompanyProfile profile() {
        return new CompanyProfile(ubn.value(), nameEn, nameZh, industryGroup, district, website);
    }
}
