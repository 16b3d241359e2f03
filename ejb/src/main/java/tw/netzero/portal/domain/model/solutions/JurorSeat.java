package tw.netzero.portal.domain.model.solutions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;

/** A juror invited by the secretariat to one call: they are assigned every proposal of that call they are not conflicted on. */
@Entity
@Table(name = "solution_juror")
@NamedQuery(name = JurorSeat.OF_CALL, query = "SELECT s FROM JurorSeat s WHERE s.callId = :call ORDER BY s.id")
@NamedQuery(name = JurorSeat.OF_JUROR, query = "SELECT s FROM JurorSeat s WHERE s.jurorAccountId = :juror ORDER BY s.id")
public class JurorSeat {

    public static final String OF_CALL = "JurorSeat.ofCall";
    public static final String OF_JUROR = "JurorSeat.ofJuror";

    @Id
    @TableGenerator(name = "solution_juror_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "solution_juror", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "solution_juror_id")
    private Long id;

    @Column(name = "call_id", nullable = false, updatable = false)
    private Long callId;

    @Column(name = "juror_account_id", nullable = false, updatable = false)
    private Long jurorAccountId;

    @Column(name = "invited_by", nullable = false, length = 254, updatable = false)
    private String invitedBy;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    protected JurorSeat() {
        // for JPA
    }

    public JurorSeat(long callId, long jurorAccountId, String invitedBy, Instant now) {
        this.callId = callId;
        this.jurorAccountId = jurorAccountId;
        this.invitedBy = Objects.requireNonNull(invitedBy, "invitedBy");
        this.invitedAt = now;
    }

    public Long callId() {
        return callId;
    }

    public Long jurorAccountId() {
        return jurorAccountId;
    }

    public Instant invitedAt() {
        return invitedAt;
    }
}
