package tw.netzero.portal.domain.model.pledge;

import java.time.Year;
import tw.netzero.portal.domain.model.shared.Emissions;

/** A corner of a pathway: the level allowed in a given year. */
public record PathwayPoint(Year year, Emissions level) {
}
