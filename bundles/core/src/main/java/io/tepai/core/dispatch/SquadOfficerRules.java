package io.tepai.core.dispatch;

import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.Leader;
import io.tepai.core.team.Leaders;
import io.tepai.store.entity.AgreementEntity;
import io.tepai.store.entity.SquadOfficersEntity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * R-SQUAD-1: who a squad's captain is, and whether the squad is complete. A signing county's captain is its
 * co-leader of the team (the earliest signed active agreement in force names them); otherwise the county names
 * one. A squad without a captain or a liaison is incomplete (issue 20) — shown in the squad, in coverage and in the
 * city's overview of coverage; a missing deputy captain is not reported, as the seed gives the deputy no duty.
 */
final class SquadOfficerRules {

    static final String CAPTAIN = "captain";
    static final String LIAISON = "liaison";

    private SquadOfficerRules() {
    }

    /** The agreement whose county co-leader captains the county's squad, among the agreements in force. */
    static Optional<AgreementEntity> captainAgreement(Collection<AgreementEntity> inForce, String county) {
        return inForce.stream()
                .filter(a -> a.getCountyCode().equals(county) && AgreementStatus.ACTIVE.name().equals(a.getStatus()))
                .findFirst();
    }

    static Leader captain(Optional<AgreementEntity> agreement, Optional<SquadOfficersEntity> officers) {
        return agreement.map(a -> Leaders.toRecord(a.getCountyLeader()))
                .orElseGet(() -> officers.map(o -> Leaders.toRecord(o.getCaptain())).orElse(Leader.NONE));
    }

    /** The officers a squad lacks, as {@value #CAPTAIN} and {@value #LIAISON}; empty when complete. */
    static List<String> missing(Leader captain, Leader liaison) {
        List<String> missing = new ArrayList<>();
        if (!captain.hasName()) {
            missing.add(CAPTAIN);
        }
        if (!liaison.hasName()) {
            missing.add(LIAISON);
        }
        return missing;
    }

    /** Every county's missing officers in one pass over the year's officers and the agreements in force. */
    static Map<String, List<String>> missingByCounty(Collection<String> counties, List<SquadOfficersEntity> officers,
                                                     List<AgreementEntity> inForce) {
        Map<String, SquadOfficersEntity> byCounty = officers.stream()
                .collect(Collectors.toMap(SquadOfficersEntity::getCountyCode, Function.identity()));
        return counties.stream().collect(Collectors.toMap(Function.identity(), county -> {
            Optional<SquadOfficersEntity> named = Optional.ofNullable(byCounty.get(county));
            return missing(captain(captainAgreement(inForce, county), named),
                    named.map(o -> Leaders.toRecord(o.getLiaison())).orElse(Leader.NONE));
        }));
    }
}
