package tw.netzero.portal.domain.model.directory;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tw.netzero.portal.domain.model.alliance.PledgeInForce;

/**
 * The open data of all approved targets: every target of each active member's approved pledge
 * version in force, as of one data version. Members without a pledge in force have no rows.
 */
public record ApprovedTargets(List<TargetRow> rows, Instant asOf) implements Serializable {

    /** By company (English name, then UBN), each company's targets in its pledge's order. */
    private static final Comparator<TargetRow> ORDER = Comparator
            .comparing(TargetRow::nameEn, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(TargetRow::ubn);

    public ApprovedTargets {
        rows = List.copyOf(rows);
        Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * @param pledges the pledges in force by company id; a pledge of a company not among
     *                {@code members} (no longer active) is left out
     */
    public static ApprovedTargets of(Collection<MemberFacts> members, Map<Long, PledgeInForce> pledges, Instant asOf) {
        List<TargetRow> rows = members.stream()
                .filter(member -> pledges.containsKey(member.companyId()))
                .flatMap(member -> TargetRow.of(member, pledges.get(member.companyId())).stream())
                .sorted(ORDER) // stable: a company's targets keep their order
                .toList();
        return new ApprovedTargets(rows, asOf);
    }
}
