package tw.netzero.portal.web.api;

import static tw.netzero.portal.web.api.JsonFields.date;
import static tw.netzero.portal.web.api.JsonFields.number;
import static tw.netzero.portal.web.api.JsonFields.percent;
import static tw.netzero.portal.web.api.JsonFields.text;
import static tw.netzero.portal.web.api.JsonFields.tonnes;
import static tw.netzero.portal.web.api.JsonFields.year;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import tw.netzero.portal.application.publicdata.PublicProfile;
import tw.netzero.portal.domain.model.filing.OnTrackAssessment;
import tw.netzero.portal.domain.model.intensity.EmissionsIntensity;
import tw.netzero.portal.domain.model.intensity.YearIntensity;
import tw.netzero.portal.domain.model.pledge.PledgeTarget;
import tw.netzero.portal.domain.model.pledge.PreCheckResult;
import tw.netzero.portal.domain.model.pledge.Target;
import tw.netzero.portal.domain.model.pledge.TargetRuleResult;
import tw.netzero.portal.domain.model.pledge.TargetVerdict;
import tw.netzero.portal.web.support.Messages;

/** A public profile as the JSON of {@code GET /api/members/{ubn}} (field names in docs/architecture.md). */
final class MemberJson {

    private MemberJson() {
    }

    static JsonObject of(PublicProfile profile) {
        JsonObjectBuilder json = JsonFields.object().add("ubn", profile.ubn().value());
        text(json, "nameEn", profile.nameEn());
        text(json, "nameZh", profile.nameZh());
        text(json, "industryGroup", profile.industryGroup());
        text(json, "district", profile.district());
        text(json, "website", profile.website());
        date(json, "memberSince", profile.memberSince());
        if (profile.pledge() == null) {
            json.addNull("pledge");
        } else {
            json.add("pledge", pledge(profile.pledge()));
        }
        JsonArrayBuilder years = JsonFields.array();
        profile.reportedYears().forEach(reported -> years.add(reportedYear(reported)));
        json.add("reportedYears", years);
        if (profile.ledger() == null) {
            json.addNull("restatements");
        } else {
            json.add("restatements", ledger(profile.ledger()));
        }
        json.add("carbonCredits", credits(profile.credits()));
        json.add("training", JsonFields.object().add("courses", profile.training().courses())
                .add("staffTrained", profile.training().staff())
                .add("personHours", profile.training().personHours()));
        JsonArrayBuilder registry = JsonFields.array();
        profile.registry().forEach(registered -> registry.add(registeredYear(registered)));
        json.add("moenvRegistry", registry);
        date(json, "lastModified", profile.lastModified());
        return json.build();
    }

    /** A registry year the secretariat published (decision 0043). */
    private static JsonObjectBuilder registeredYear(PublicProfile.RegisteredYear registered) {
        JsonObjectBuilder json = JsonFields.object();
        year(json, "inventoryYear", registered.inventoryYear());
        tonnes(json, "registeredScope12Tonnes", registered.registered());
        text(json, "verification", registered.verification());
        json.add("carbonFeePayer", registered.carbonFeePayer());
        number(json, "reductionPlanTargetRatePercent", registered.targetRate());
        return json;
    }

    private static JsonObjectBuilder pledge(PublicProfile.Pledge pledge) {
        JsonObjectBuilder json = JsonFields.object().add("version", pledge.version());
        date(json, "submittedOn", pledge.submittedOn());
        year(json, "baseYear", pledge.baseYear());
        tonnes(json, "baseYearTotalTonnes", pledge.baseYearTotal());
        json.add("nearTermTarget", target(pledge.nearTerm()));
        if (pledge.longTerm() == null) {
            json.addNull("longTermTarget");
        } else {
            json.add("longTermTarget", target(pledge.longTerm()));
        }
        year(json, "netZeroYear", pledge.netZeroYear());
        json.add("preCheck", preCheck(pledge.preCheck()));
        if (pledge.sbtiValidation() == null) {
            json.addNull("sbtiValidation");
        } else {
            JsonObjectBuilder validation = JsonFields.object();
            date(validation, "validatedOn", pledge.sbtiValidation().validatedOn());
            text(validation, "classification", pledge.sbtiValidation().classification());
            json.add("sbtiValidation", validation.add("link", pledge.sbtiValidation().link().toString()));
        }
        JsonArrayBuilder pathway = JsonFields.array();
        pledge.pathway().levels().forEach((year, level) -> {
            JsonObjectBuilder point = JsonFields.object();
            year(point, "year", year);
            tonnes(point, "allowedTonnes", level);
            pathway.add(point);
        });
        return json.add("pathway", pathway);
    }

    private static JsonObjectBuilder target(Target target) {
        JsonObjectBuilder json = JsonFields.object();
        year(json, "targetYear", target.targetYear());
        percent(json, "reductionPercent", target.reduction());
        text(json, "kind", target.kind());
        return text(json, "intensityUnit", target.intensityUnit());
    }

    private static JsonObjectBuilder preCheck(PreCheckResult check) {
        // The label as the English pages word it: consistency with the criteria, not a validation by SBTi.
        String label = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT).getString(check.labelKey());
        JsonObjectBuilder json = JsonFields.object()
                .add("consistentWithSbtiCriteria", check.consistentWithSbtiCriteria())
                .add("label", label);
        text(json, "alignment", check.alignment());
        text(json, "criteriaVersion", check.criteriaVersion());
        number(json, "nearTermAnnualReductionPercent", check.nearTermAnnualRate());
        JsonArrayBuilder targets = JsonFields.array();
        for (TargetVerdict verdict : check.targets()) {
            PledgeTarget target = verdict.target();
            JsonObjectBuilder item = JsonFields.object();
            text(item, "horizon", target.horizon());
            text(item, "boundary", target.boundary());
            text(item, "type", target.type());
            year(item, "baseYear", target.baseYear());
            year(item, "targetYear", target.targetYear());
            number(item, "reductionPercent", target.reduction().value());
            number(item, "annualReductionPercent", verdict.annualRate());
            text(item, "classification", verdict.classification());
            targets.add(item.add("rules", rules(verdict.results())));
        }
        return json.add("targets", targets).add("rules", rules(check.pledgeResults()));
    }

    private static JsonArrayBuilder rules(List<TargetRuleResult> results) {
        JsonArrayBuilder rules = JsonFields.array();
        results.forEach(result -> rules.add(JsonFields.object()
                .add("rule", result.rule().name()).add("outcome", result.outcome().name())));
        return rules;
    }

    private static JsonObjectBuilder reportedYear(PublicProfile.ReportedYear reported) {
        JsonObjectBuilder json = JsonFields.object();
        year(json, "year", reported.year());
        json.add("revision", reported.revision()).add("imported", reported.imported());
        tonnes(json, "scope1Tonnes", reported.scope1());
        tonnes(json, "scope2LocationBasedTonnes", reported.scope2LocationBased());
        tonnes(json, "scope2MarketBasedTonnes", reported.scope2MarketBased());
        tonnes(json, "scope3Tonnes", reported.scope3());
        tonnes(json, "totalTonnes", reported.total());
        JsonObjectBuilder verification = JsonFields.object();
        reported.verification().forEach(scope -> {
            JsonObjectBuilder line = JsonFields.object();
            text(line, "assurance", scope.level());
            text(line, "verifier", scope.verifier());
            text(line, "standard", scope.standard());
            verification.add(scopeName(scope.scope()), line);
        });
        json.add("verification", verification);
        json.add("onTrack", onTrack(reported.onTrack()));
        return json.add("intensity", intensity(reported.intensity()));
    }

    /**
     * Scope 1 + 2 per million NTD of net revenue (ESRS E1-6, ESRS E1 paragraphs 53-55) and per unit of
     * output, scope 2 both ways; an intensity is null when its filing states no revenue or output. Also
     * the member filing API's (FilingJson).
     */
    static JsonObjectBuilder intensity(YearIntensity intensity) {
        JsonObjectBuilder json = JsonFields.object();
        number(json, "netRevenueMillionNtd", intensity.netRevenueMillionNtd());
        number(json, "scope12MarketBasedPerMillionNtd", tonnesPerUnit(intensity.perMillionNtdMarketBased()));
        number(json, "scope12LocationBasedPerMillionNtd", tonnesPerUnit(intensity.perMillionNtdLocationBased()));
        number(json, "productionOutput", intensity.productionOutput());
        text(json, "productionUnit", intensity.productionUnit());
        number(json, "scope12MarketBasedPerUnit", tonnesPerUnit(intensity.perUnitMarketBased()));
        return number(json, "scope12LocationBasedPerUnit", tonnesPerUnit(intensity.perUnitLocationBased()));
    }

    private static BigDecimal tonnesPerUnit(EmissionsIntensity intensity) {
        return intensity == null ? null : intensity.tonnesPerUnit();
    }

    /** {@code SCOPE_1} → {@code scope1}. */
    private static String scopeName(Enum<?> scope) {
        return scope.name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    /**
     * The pledge's verdict (decision 0020: off track if any target is, else not comparable if any
     * is), the deciding target's figures, and every target's verdict on its own boundary.
     */
    private static JsonObjectBuilder onTrack(OnTrackAssessment assessment) {
        JsonObjectBuilder json = JsonFields.object();
        text(json, "status", assessment.status());
        tonnes(json, "allowedTonnes", assessment.allowed());
        number(json, "gapTonnes", assessment.gapTonnes());
        number(json, "gapPercent", assessment.gapPercentOfAllowed());
        JsonArrayBuilder targets = JsonFields.array();
        assessment.targets().forEach(progress -> {
            JsonObjectBuilder line = JsonFields.object();
            text(line, "horizon", progress.target().horizon());
            text(line, "boundary", progress.target().boundary());
            text(line, "type", progress.target().type());
            year(line, "targetYear", progress.target().targetYear());
            text(line, "status", progress.status());
            tonnes(line, "allowedTonnes", progress.allowedEmissions());
            tonnes(line, "actualTonnes", progress.actualEmissions());
            // The reason's name (e.g. scope3NotEvaluated) with its arguments, when not comparable.
            text(line, "reason", progress.comparable() ? null
                    : progress.messageKey().substring(progress.messageKey().lastIndexOf('.') + 1));
            JsonArrayBuilder arguments = JsonFields.array();
            progress.arguments().forEach(argument -> arguments.add(String.valueOf(argument)));
            line.add("reasonArguments", arguments);
            targets.add(line);
        });
        return json.add("targets", targets);
    }

    private static JsonObjectBuilder ledger(PublicProfile.Ledger ledger) {
        JsonObjectBuilder json = JsonFields.object();
        tonnes(json, "originalBaseYearTotalTonnes", ledger.originalBaseTotal());
        tonnes(json, "currentBaseYearTotalTonnes", ledger.currentBaseTotal());
        number(json, "cumulativeChangePercent", ledger.cumulativeChangePercent());
        json.add("requiresResubmission", ledger.requiresResubmission());
        JsonArrayBuilder entries = JsonFields.array();
        ledger.entries().forEach(entry -> {
            JsonObjectBuilder line = JsonFields.object();
            date(line, "restatedOn", entry.restatedOn());
            text(line, "reason", entry.reason());
            tonnes(line, "oldTotalTonnes", entry.oldTotal());
            tonnes(line, "newTotalTonnes", entry.newTotal());
            number(line, "changeTonnes", entry.change());
            entries.add(line);
        });
        return json.add("entries", entries);
    }

    /** Reported apart from the emissions and never counted toward a target (decision 0037). */
    private static JsonObjectBuilder credits(PublicProfile.Credits credits) {
        JsonObjectBuilder json = JsonFields.object();
        if (credits.pledgeCountsOffsets() == null) {
            json.addNull("pledgeCountsOffsets");
        } else {
            json.add("pledgeCountsOffsets", credits.pledgeCountsOffsets());
        }
        number(json, "totalTonnes", credits.totalTonnes());
        JsonArrayBuilder entries = JsonFields.array();
        credits.entries().forEach(entry -> {
            JsonObjectBuilder line = JsonFields.object();
            date(line, "retiredOn", entry.retiredOn());
            text(line, "registry", entry.registry());
            line.add("serialFirst", entry.serialFirst());
            line.add("serialLast", entry.serialLast());
            year(line, "vintage", entry.vintage());
            text(line, "projectType", entry.projectType());
            number(line, "tonnes", entry.tonnes());
            text(line, "claimedFor", entry.claimedFor());
            entries.add(line);
        });
        return json.add("entries", entries);
    }
}
