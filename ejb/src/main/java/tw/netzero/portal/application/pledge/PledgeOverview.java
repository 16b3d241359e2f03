package tw.netzero.portal.application.pledge;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.PledgeStatus;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;
import tw.netzero.portal.domain.model.pledge.RestatementEntry;
import tw.netzero.portal.domain.model.pledge.RestatementLedger;

/**
 * A company's pledge at a glance: the version in force, the one being worked on, all versions, and
 * its base-year restatements in every status (the ledger counts only the accepted ones). Records, not
 * entities: the member home, My pledge and the wizard read it (issue 19, item 1).
 */
public record PledgeOverview(PledgeVersionDetails inForce, PledgeVersionDetails open,
                             List<PledgeVersionDetails> versions, List<RestatementDetails> restatements)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public PledgeOverview {
        versions = List.copyOf(versions);
        restatements = List.copyOf(restatements);
    }

    public static PledgeOverview of(List<PledgeVersion> newestFirst, List<RestatementEntry> restatements) {
        List<PledgeVersionDetails> versions = newestFirst.stream().map(PledgeVersionDetails::of).toList();
        PledgeVersionDetails inForce = versions.stream()
                .filter(v -> v.status() == PledgeStatus.APPROVED)
                .findFirst().orElse(null);
        PledgeVersionDetails open = versions.stream().filter(PledgeVersionDetails::isOpen).findFirst().orElse(null);
        return new PledgeOverview(inForce, open, versions, restatements.stream().map(RestatementDetails::of).toList());
    }

    /**
     * The restatement ledger of the ACCEPTED restatements against the base-year total of the pledge
     * in force (empty when there is none); {@code requiresResubmission()} says whether the pledge
     * must be resubmitted. One waiting for review or returned does not count (decision 0033).
     */
    public Optional<RestatementLedger> ledger() {
        return termsInForce().map(terms -> {
            RestatementLedger ledger = new RestatementLedger(terms.inventory().total());
            restatements.stream().filter(RestatementDetails::isAccepted)
                    .forEach(entry -> ledger.record(entry.restatement()));
            return ledger;
        });
    }

    /** The restatement waiting for the secretariat, if one is. */
    public Optional<RestatementDetails> waitingRestatement() {
        return restatements.stream().filter(RestatementDetails::isWaiting).findFirst();
    }

    /** The terms progress is judged against, when an approved pledge is in force. */
    public Optional<PledgeTerms> termsInForce() {
        return inForce == null ? Optional.empty() : inForce.checkedTerms();
    }

    /** The pathway progress is judged against, when an approved pledge is in force. */
    public Optional<Pathway> pathwayInForce() {
        return termsInForce().map(Pathway::of);
    }
}
