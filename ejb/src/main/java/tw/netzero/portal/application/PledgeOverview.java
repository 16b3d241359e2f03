package tw.netzero.portal.application;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.PledgeStatus;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;

/** A company's pledge at a glance: the version in force, the one being worked on, all versions. */
public record PledgeOverview(PledgeVersion inForce, PledgeVersion open, List<PledgeVersion> versions)
        implements Serializable {

    static PledgeOverview of(List<PledgeVersion> newestFirst) {
        PledgeVersion inForce = newestFirst.stream()
                .filter(v -> v.status() == PledgeStatus.APPROVED)
                .findFirst().orElse(null);
        PledgeVersion open = newestFirst.stream().filter(PledgeVersion::isOpen).findFirst().orElse(null);
        return new PledgeOverview(inForce, open, List.copyOf(newestFirst));
    }

    /** The pathway progress is judged against, when an approved pledge is in force. */
    public Optional<Pathway> pathwayInForce() {
        return inForce == null ? Optional.empty() : inForce.terms().map(Pathway::of);
    }
}
