package tw.netzero.portal.web.member;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import tw.netzero.portal.domain.model.training.TrainingCommand;

/** The inputs of member/training.xhtml (docs/architecture.md "Forms"): no rules here. */
public class TrainingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String course;
    private String provider;
    private BigDecimal hours;
    private LocalDate certifiedOn;
    private Integer staff;

    public TrainingCommand toCommand() {
        return new TrainingCommand(course, provider, hours, certifiedOn, staff);
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public LocalDate getCertifiedOn() {
        return certifiedOn;
    }

    public void setCertifiedOn(LocalDate certifiedOn) {
        this.certifiedOn = certifiedOn;
    }

    public Integer getStaff() {
        return staff;
    }

    public void setStaff(Integer staff) {
        this.staff = staff;
    }
}
