package tw.netzero.portal.web.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.pledge.TargetBoundary;
import tw.netzero.portal.domain.model.pledge.TargetCommand;
import tw.netzero.portal.domain.model.pledge.TargetType;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/** The target editor asks only what the boundary and type use, and sends only what it shows. */
class TargetFormTest {

    @Test
    void asksWhatTheBoundaryAndTypeUse() {
        TargetForm form = TargetForm.blank(Scope2Method.MARKET_BASED);
        assertTrue(form.asksScope2Method());
        assertFalse(form.asksScope3Categories() || form.asksScope3Coverage() || form.asksIntensityBasis()
                || form.asksProjectedActivity());

        form.setBoundary(TargetBoundary.SCOPE_3);
        assertFalse(form.asksScope2Method() || form.asksScope3Coverage());
        assertTrue(form.asksScope3Categories());

        form.setBoundary(TargetBoundary.SCOPE_1_2_3);
        assertTrue(form.asksScope2Method() && form.asksScope3Categories() && form.asksScope3Coverage());

        form.setType(TargetType.ECONOMIC_INTENSITY);
        assertTrue(form.asksIntensityBasis());
        assertFalse(form.asksProjectedActivity());
        form.setType(TargetType.PHYSICAL_INTENSITY);
        assertTrue(form.asksIntensityBasis() && form.asksProjectedActivity());
    }

    @Test
    void leavesOutWhatWasTypedBeforeTheBoundaryOrTypeChanged() {
        TargetForm form = TargetForm.blank(Scope2Method.MARKET_BASED);
        form.setBoundary(TargetBoundary.SCOPE_1_2_3);
        form.setType(TargetType.PHYSICAL_INTENSITY);
        form.setScope3Coverage(new BigDecimal("150"));
        form.setScope3Categories(Set.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES));
        form.setIntensityUnit(" t of steel ");
        form.setBaseYearActivity(new BigDecimal("1000"));
        form.setProjectedActivity(new BigDecimal("1100"));
        assertEquals("t of steel", form.toCommand().intensityUnit());
        assertEquals(new BigDecimal("1100"), form.toCommand().projectedActivity());

        form.setBoundary(TargetBoundary.SCOPE_1_2);
        form.setType(TargetType.ABSOLUTE);
        TargetCommand command = form.toCommand();

        assertNull(command.scope3Coverage(), "an out-of-range coverage no longer shown is not refused");
        assertTrue(command.scope3Categories().isEmpty());
        assertNull(command.intensityUnit());
        assertNull(command.baseYearActivity());
        assertNull(command.projectedActivity());
        assertEquals(Scope2Method.MARKET_BASED, command.scope2Method());
    }
}
