package tw.netzero.portal.web.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.pledge.BoundaryApproach;
import tw.netzero.portal.domain.model.pledge.PledgeCommand;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.pledge.TargetClassification;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/** The wizard's steps as a form: loaded from the stored terms, handed back as the same command, each input where its messages land. */
class PledgeFormTest {

    private static final PledgeCommand STORED = new PledgeCommand(2020, new BigDecimal("800000"),
            new BigDecimal("300000"), new BigDecimal("250000"), Scope2Method.LOCATION_BASED, new BigDecimal("150000"),
            Set.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES), new BigDecimal("98"), new BigDecimal("70"),
            BoundaryApproach.FINANCIAL_CONTROL, 2050, true, "Electric arc furnace", LocalDate.of(2024, 3, 1),
            TargetClassification.ONE_POINT_FIVE_C, "https://sciencebasedtargets.org/target-dashboard");

    @Test
    void handsBackWhatItLoadedIncludingWhatNoStepShows() {
        assertEquals(STORED, PledgeForm.of(STORED).toCommand());
    }

    @Test
    void handsOverWhatIsTyped() {
        PledgeForm form = PledgeForm.of(STORED);
        form.setScope1(new BigDecimal("1e308"));
        form.setBaseYear(1800);
        form.setSbtiLink("   ");
        form.setScope3Categories(null);
        PledgeCommand typed = form.toCommand();
        assertEquals(new BigDecimal("1e308"), typed.scope1(), "out of range, yet handed over for the command to refuse");
        assertEquals(1800, typed.baseYear());
        assertEquals(null, typed.sbtiLink(), "a blank link is none");
        assertEquals(Set.of(), typed.scope3Categories());
        assertEquals(STORED.scope12Coverage(), typed.scope12Coverage());
    }

    @Test
    void keepsItsOwnCopyOfTheChosenCategories() {
        Set<Scope3Category> chosen = EnumSet.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES);
        PledgeForm form = new PledgeForm();
        form.setScope3Categories(chosen);
        chosen.add(Scope3Category.BUSINESS_TRAVEL);
        assertEquals(Set.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES), form.toCommand().scope3Categories());
        assertNotSame(form.getScope3Categories(), form.toCommand().scope3Categories());
    }

    /**
     * A refusal names the command's component; the message lands at the input of that id in the
     * "wizard" form, so every component the steps show has an input of its name, bound to it.
     */
    @Test
    void everyInputOfTheStepsIsNamedAfterItsCommandComponent() throws IOException {
        String page = Files.readString(Path.of("src/main/webapp/member/pledge.xhtml"));
        List<String> notShown = List.of("scope12Coverage", "scope3Coverage");
        Stream.of(PledgeCommand.class.getRecordComponents()).map(component -> component.getName())
                .filter(name -> !notShown.contains(name)).forEach(name -> assertTrue(
                        page.contains("id=\"" + name + "\" value=\"#{pledgeView.form." + name + "}\"")
                                || page.contains("value=\"" + name + "\"/><ui:param name=\"value\" value=\"#{pledgeView.form." + name + "}\""),
                        name + " has its input"));
    }
}
