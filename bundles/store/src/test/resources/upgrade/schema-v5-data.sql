-- Records as an installation at schema version 5 (field service, before evaluation and funding) held them,
-- written the way that version's code wrote them: identities generated, Chinese text, every NOT NULL column
-- filled. UpgradeTest loads this into a database migrated to V005 only, then starts the current store on it.
INSERT INTO dispatching_unit (code, name_zh, name_en, unit_type, contact_name, contact_phone, contact_email, sample, version, created_at, updated_at)
VALUES ('hpu', '河南理工大学', 'Henan Polytechnic University', 'UNIVERSITY', '赵老师', '0391-3986000', 'kjc@hpu.edu.cn', FALSE, 3, '2025-03-01 09:00:00', '2025-06-01 10:00:00');

INSERT INTO specialist (name, unit_code, title_level, title, degree, tier_id, classification, phone, email, service_experience, eligibility_exception, status, sample, version, created_at, updated_at)
VALUES ('王建华', 'hpu', 'SENIOR', '教授', 'DOCTORATE', 'city', 'PUBLIC_WELFARE', '13900000001', 'wjh@hpu.edu.cn', '十年山药种植技术推广', '', 'ACTIVE', FALSE, 2, '2025-03-02 09:00:00', '2025-03-05 09:00:00');
INSERT INTO specialist (name, unit_code, title_level, title, degree, tier_id, classification, phone, email, service_experience, eligibility_exception, status, sample, version, created_at, updated_at)
VALUES ('李秀兰', 'hpu', 'INTERMEDIATE', '讲师', 'MASTER', 'county', 'RURAL_ENTREPRENEURSHIP', '13900000002', 'lxl@hpu.edu.cn', '', '县里急需的电商人才，经市科技局研究同意', 'ACTIVE', FALSE, 1, '2025-03-02 09:30:00', '2025-03-02 09:30:00');

INSERT INTO specialist_field (specialist_id, seq, field) VALUES ((SELECT id FROM specialist WHERE name = '王建华'), 0, '怀山药栽培');
INSERT INTO specialist_field (specialist_id, seq, field) VALUES ((SELECT id FROM specialist WHERE name = '王建华'), 1, '病虫害防治');
INSERT INTO specialist_county (specialist_id, county_code) VALUES ((SELECT id FROM specialist WHERE name = '王建华'), 'wenxian');
INSERT INTO specialist_county (specialist_id, county_code) VALUES ((SELECT id FROM specialist WHERE name = '李秀兰'), 'wuzhi');

INSERT INTO team (name, industry, team_level, county_code, unit_code, term_start, term_end, status, leader_name, leader_position, leader_phone, sample, version, created_at, updated_at)
VALUES ('四大怀药产业服务团', '四大怀药', 'CITY', NULL, 'hpu', '2025-01-01', '2027-12-31', 'ACTIVE', '王建华', '团长', '13900000001', FALSE, 1, '2025-03-10 09:00:00', '2025-03-10 09:00:00');
INSERT INTO team_member (team_id, seq, specialist_id, segment, joined_on)
VALUES ((SELECT id FROM team WHERE name = '四大怀药产业服务团'), 0, (SELECT id FROM specialist WHERE name = '王建华'), 'PRODUCTION', '2025-03-10');
INSERT INTO agreement (team_id, county_code, signed_on, term_start, term_end, county_leader_name, county_leader_position, county_leader_phone, liaison_name, liaison_position, liaison_phone, status, ended_on, sample, version, created_at, updated_at)
VALUES ((SELECT id FROM team WHERE name = '四大怀药产业服务团'), 'wenxian', '2025-03-15', '2025-03-15', '2027-12-31', '张县长', '副县长', '0391-6100000', '刘联络', '科技局科员', '0391-6100001', 'ACTIVE', NULL, FALSE, 1, '2025-03-15 09:00:00', '2025-03-15 09:00:00');
INSERT INTO agreement_task (agreement_id, seq, task) VALUES ((SELECT id FROM agreement WHERE county_code = 'wenxian'), 0, '建设怀山药标准化示范基地100亩');

INSERT INTO assignment (specialist_id, county_code, programme_year, support_level, exception_reason, sample, version, created_at, updated_at)
VALUES ((SELECT id FROM specialist WHERE name = '王建华'), 'wenxian', 2025, 'CITY', '', FALSE, 1, '2025-03-20 09:00:00', '2025-03-20 09:00:00');
INSERT INTO assignment_industry (assignment_id, seq, industry) VALUES ((SELECT id FROM assignment WHERE county_code = 'wenxian'), 0, '四大怀药');

INSERT INTO recipient (name, kind, county_code, contact_name, contact_phone, contact_email, sample, version, created_at, updated_at)
VALUES ('温县怀山药种植专业合作社', 'COOPERATIVE', 'wenxian', '陈社长', '13700000001', '', FALSE, 1, '2025-03-21 09:00:00', '2025-03-21 09:00:00');

INSERT INTO service_log (specialist_id, county_code, start_date, end_date, field_days, kind, description, status, review_comment, satisfaction, satisfaction_comment, confirmed_by, confirmed_at, correction_reason, sample, version, created_at, updated_at)
VALUES ((SELECT id FROM specialist WHERE name = '王建华'), 'wenxian', '2025-04-08', '2025-04-09', 2.0, 'TECHNICAL_GUIDANCE', '指导合作社怀山药播种与地膜覆盖', 'CONFIRMED', '', 5, '讲得明白', 'wenxian', '2025-04-12 15:00:00', '', FALSE, 3, '2025-04-10 20:00:00', '2025-04-12 15:00:00');
INSERT INTO service_log (specialist_id, county_code, start_date, end_date, field_days, kind, description, status, review_comment, satisfaction, satisfaction_comment, confirmed_by, confirmed_at, correction_reason, sample, version, created_at, updated_at)
VALUES ((SELECT id FROM specialist WHERE name = '王建华'), 'wenxian', '2025-05-06', '2025-05-06', 0.5, 'TRAINING_SESSION', '怀山药病虫害防治培训', 'SUBMITTED', '', NULL, '', '', NULL, '', FALSE, 1, '2025-05-06 21:00:00', '2025-05-06 21:00:00');
INSERT INTO service_log_recipient (log_id, recipient_id)
VALUES ((SELECT id FROM service_log WHERE start_date = '2025-04-08'), (SELECT id FROM recipient WHERE county_code = 'wenxian'));
INSERT INTO service_log_outcome (log_id, indicator_id, amount)
VALUES ((SELECT id FROM service_log WHERE start_date = '2025-04-08'), 'demonstrationArea', 30.00);
