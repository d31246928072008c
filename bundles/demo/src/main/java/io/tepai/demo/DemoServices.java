package io.tepai.demo;

import io.tepai.api.account.AccountService;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.demand.DemandService;
import io.tepai.api.dispatch.AssignmentService;
import io.tepai.api.dispatch.SquadService;
import io.tepai.api.dispatch.WorkstationService;
import io.tepai.api.evaluation.EvaluationService;
import io.tepai.api.field.DemonstrationBaseService;
import io.tepai.api.field.MenteeService;
import io.tepai.api.field.RecipientService;
import io.tepai.api.funding.FundingService;
import io.tepai.api.funding.InspectionService;
import io.tepai.api.funding.InsuranceService;
import io.tepai.api.field.RequestService;
import io.tepai.api.field.ServiceLogService;
import io.tepai.api.field.TrainingService;
import io.tepai.api.org.UnitService;
import io.tepai.api.intake.IntakeService;
import io.tepai.api.specialist.SpecialistService;
import io.tepai.api.roster.RosterInputService;
import io.tepai.api.roster.RosterService;
import io.tepai.api.specialist.TierService;
import io.tepai.api.team.TeamService;

/** The API services the demo data set goes through; it reaches nothing else of the platform. */
record DemoServices(ProgrammeCalendar calendar, TierService tiers, UnitService units, SpecialistService specialists,
                    AccountService accounts, TeamService teams, AssignmentService assignments, SquadService squads,
                    WorkstationService workstations, RecipientService recipients, ServiceLogService logs,
                    TrainingService trainings, DemonstrationBaseService bases, MenteeService mentees,
                    RequestService requests, EvaluationService evaluations,
                    FundingService funding, InsuranceService insurance, InspectionService inspections,
                    DemandService demands, IntakeService intakes, RosterService rosters,
                    RosterInputService rosterInputs) {
}
