package io.tepai.bench;

import io.tepai.core.testing.Organisation;
import io.tepai.store.Store;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.RecipientEntity;
import io.tepai.store.entity.ServiceLogEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic province data set (same seed, same rows): specialists of the two fixture units spread over the eleven
 * counties with one large county ({@value ProvinceBench#LARGEST}, a fifth of them, as 武陟县's 1,962 of 10k in the
 * issue), each dispatched there for the year, about a tenth as many recipients, and the year's service logs (85%
 * confirmed) with one recipient each.
 *
 * <p>Honest note: rows go in through the store's own repositories and JPA entities, 500 per transaction, not through
 * the services' single-record writes (validation, audit) — those run at ~100 records/s here and would take hours for a
 * province; nor by JDBC behind the store's back. Bulk import (issue 17's other half) is the way in for real data.
 */
final class ProvinceData {

    private static final int PER_TRANSACTION = 500;
    private static final Instant CREATED = ProvinceBench.TODAY;
    static final List<String> COUNTIES = List.of("wuzhi", "jiefang", "zhongzhan", "macun", "shanyang",
            "xiuwu", "boai", "wenxian", "qinyang", "mengzhou", "shifanqu");
    static final List<String> SURNAMES = List.of("郭", "李", "王", "张", "刘", "陈", "杨", "赵", "黄", "周");
    static final List<String> GIVEN = List.of("明", "华", "伟", "芳", "强", "磊", "静", "敏", "军", "洋");
    static final List<String> FIELDS = List.of("怀山药栽培", "小麦良种繁育", "玉米栽培", "畜禽养殖",
            "花卉苗木", "果树栽培", "农产品电商", "中药材加工", "蔬菜种植", "农机推广");
    private static final List<String> KINDS = List.of("TECHNICAL_GUIDANCE", "DEMONSTRATION_BASE", "TRAINING_SESSION");

    private final Store store;
    private final Random random;

    ProvinceData(Store store, long seed) {
        this.store = store;
        this.random = new Random(seed);
    }

    void generate(int specialists, int logs) {
        Organisation.units(store);
        List<Long> ids = new ArrayList<>();
        List<String> countyOf = new ArrayList<>();
        for (int start = 0; start < specialists; start += PER_TRANSACTION) {
            int end = Math.min(specialists, start + PER_TRANSACTION);
            int first = start;
            ids.addAll(store.write(repos -> {
                List<Long> made = new ArrayList<>();
                for (int i = first; i < end; i++) {
                    String county = county(i);
                    SpecialistEntity specialist = specialist(i);
                    repos.specialists().add(specialist);
                    AssignmentEntity assignment = new AssignmentEntity(CREATED);
                    assignment.setSpecialistId(specialist.getId());
                    assignment.setCountyCode(county);
                    assignment.setYear(ProvinceBench.YEAR);
                    assignment.setLevel("CITY");
                    repos.assignments().add(assignment);
                    made.add(specialist.getId());
                }
                return made;
            }));
            for (int i = start; i < end; i++) {
                countyOf.add(county(i));
            }
        }
        // about one recipient per ten specialists, in the specialists' counties
        List<Long> recipients = new ArrayList<>();
        List<String> recipientCounty = new ArrayList<>();
        int recipientCount = Math.max(COUNTIES.size(), specialists / 10);
        for (int start = 0; start < recipientCount; start += PER_TRANSACTION) {
            int end = Math.min(recipientCount, start + PER_TRANSACTION);
            int first = start;
            recipients.addAll(store.write(repos -> {
                List<Long> made = new ArrayList<>();
                for (int i = first; i < end; i++) {
                    RecipientEntity recipient = new RecipientEntity(CREATED);
                    recipient.set("合作社" + i, i % 3 == 0 ? "FAMILY_FARM" : "COOPERATIVE", county(i), "", "",
                            "", Set.of(), CREATED);
                    made.add(repos.recipients().add(recipient).getId());
                }
                return made;
            }));
            for (int i = start; i < end; i++) {
                recipientCounty.add(county(i));
            }
        }
        Map<String, List<Long>> recipientsByCounty = new HashMap<>();
        for (int i = 0; i < recipients.size(); i++) {
            recipientsByCounty.computeIfAbsent(recipientCounty.get(i), c -> new ArrayList<>()).add(recipients.get(i));
        }
        for (int start = 0; start < logs; start += PER_TRANSACTION) {
            int end = Math.min(logs, start + PER_TRANSACTION);
            int first = start;
            store.write(repos -> {
                for (int i = first; i < end; i++) {
                    int who = random.nextInt(ids.size());
                    String county = countyOf.get(who);
                    List<Long> near = recipientsByCounty.getOrDefault(county, recipients);
                    LocalDate day = LocalDate.of(ProvinceBench.YEAR, 1, 1).plusDays(random.nextInt(360));
                    ServiceLogEntity log = new ServiceLogEntity(ids.get(who), CREATED);
                    int days = 1 + random.nextInt(3);
                    log.setContent(county, Set.of(near.get(random.nextInt(near.size()))), day,
                            day.plusDays(days - 1), BigDecimal.valueOf(days), KINDS.get(random.nextInt(KINDS.size())),
                            "现场技术指导第" + i + "次", Map.of());
                    int roll = random.nextInt(100);
                    log.setStatus(roll < 85 ? "CONFIRMED" : roll < 95 ? "SUBMITTED" : "RETURNED");
                    if (roll < 85) {
                        log.setConfirmation(county, CREATED, 3 + random.nextInt(3), "");
                    }
                    repos.logs().add(log);
                }
                return null;
            });
            if ((start / PER_TRANSACTION) % 40 == 0) {
                System.out.println("  logs: " + end + " of " + logs);
            }
        }
    }

    /** A fifth of everyone in the largest county, the rest spread evenly over the other ten. */
    static String county(int i) {
        return i % 5 == 0 ? COUNTIES.get(0) : COUNTIES.get(1 + (i % 10));
    }

    private SpecialistEntity specialist(int i) {
        SpecialistEntity specialist = new SpecialistEntity(CREATED);
        specialist.setName(SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()))
                + GIVEN.get(random.nextInt(GIVEN.size())));
        specialist.setUnitCode(i % 2 == 0 ? "hpu" : "jzu");
        specialist.setTitleLevel("INTERMEDIATE");
        specialist.setTitle("农艺师");
        specialist.setDegree("BACHELOR");
        specialist.setTierId("city");
        specialist.setClassification(i % 4 == 0 ? "RURAL_ENTREPRENEURSHIP" : "PUBLIC_WELFARE");
        specialist.setPhone("");
        specialist.setEmail("");
        specialist.setServiceExperience("");
        specialist.setEligibilityException("");
        specialist.setStatus("ACTIVE");
        specialist.setFields(List.of(FIELDS.get(random.nextInt(FIELDS.size())),
                FIELDS.get(random.nextInt(FIELDS.size()))).stream().distinct().toList());
        specialist.setSectors(Set.of());
        specialist.setChainSegments(Set.of());
        specialist.setCounties(Set.of());
        return specialist;
    }
}
