package io.tepai.api.team;

import java.time.LocalDate;
import java.util.List;

/**
 * A "1+N" service agreement between a team and one county (R-TEAM-2). A team signs one per county; a county may
 * sign with several teams.
 *
 * @param id           stable numeric identifier
 * @param teamId       the team
 * @param teamName     the team's name, for display
 * @param county       the signing county's code
 * @param signedOn     signing date
 * @param termStart    first day the agreement is in force
 * @param termEnd      last day it is in force as signed
 * @param tasks        the agreed tasks, one text item each
 * @param taskFulfilment the same tasks, numbered from 1, with the fulfilment the county recorded (R-SVC-2)
 * @param countyLeader the signing county's leader who co-leads the team there (R-TEAM-3); also the captain of
 *                     the county's squad (R-SQUAD-1)
 * @param liaison      the head of the county's S&amp;T department, liaison lead (R-TEAM-3)
 * @param status       lifecycle status
 * @param endedOn      the day it ended early, or null
 * @param sample       true for records of the demo data set
 * @param version      optimistic-locking version
 */
public record Agreement(long id, long teamId, String teamName, String county, LocalDate signedOn,
                        LocalDate termStart, LocalDate termEnd, List<String> tasks,
                        List<AgreementTask> taskFulfilment, Leader countyLeader,
                        Leader liaison, AgreementStatus status, LocalDate endedOn, boolean sample, long version) {

    public Agreement {
        tasks = List.copyOf(tasks);
        taskFulfilment = List.copyOf(taskFulfilment);
    }
}
