package io.tepai.store.internal;

import io.tepai.store.entity.AccountEntity;
import io.tepai.store.entity.AllocationEntity;
import io.tepai.store.entity.BudgetEntity;
import io.tepai.store.entity.DemandEntity;
import io.tepai.store.entity.DemandMatchEntity;
import io.tepai.store.entity.DisbursementEntity;
import io.tepai.store.entity.ExpenseEntity;
import io.tepai.store.entity.FeeComplaintEntity;
import io.tepai.store.entity.RosterCountyRequestEntity;
import io.tepai.store.entity.RosterEntity;
import io.tepai.store.entity.RosterEntryEntity;
import io.tepai.store.entity.RosterWishEntity;
import io.tepai.store.entity.InspectionEntity;
import io.tepai.store.entity.InspectionItemRow;
import io.tepai.store.entity.InsurancePolicyEntity;
import io.tepai.store.entity.AgreementEntity;
import io.tepai.store.entity.AgreementTaskRow;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.AuditEntity;
import io.tepai.store.entity.CoordinationRequestEntity;
import io.tepai.store.entity.CountyEntity;
import io.tepai.store.entity.SpecialistFieldRow;
import io.tepai.store.entity.SpecialistGramRow;
import io.tepai.store.entity.CriterionLineRow;
import io.tepai.store.entity.EvaluationResultEntity;
import io.tepai.store.entity.EvaluationRoundEntity;
import io.tepai.store.entity.IncentiveGrantEntity;
import io.tepai.store.entity.DemonstrationBaseEntity;
import io.tepai.store.entity.InstantConverter;
import io.tepai.store.entity.LeaderColumns;
import io.tepai.store.entity.MenteeEntity;
import io.tepai.store.entity.ModuleSwitchEntity;
import io.tepai.store.entity.RecipientEntity;
import io.tepai.store.entity.RequestStepRow;
import io.tepai.store.entity.SampleEntity;
import io.tepai.store.entity.ServiceLogEntity;
import io.tepai.store.entity.SpecialistEntity;
import io.tepai.store.entity.SpecialistTermEntity;
import io.tepai.store.entity.IntakeEntity;
import io.tepai.store.entity.RegistrationEntity;
import io.tepai.store.entity.SelectionStepEntity;
import io.tepai.store.entity.SelectionDecisionEntity;
import io.tepai.store.entity.ObjectionEntity;
import io.tepai.store.entity.SquadOfficersEntity;
import io.tepai.store.entity.TeamEntity;
import io.tepai.store.entity.TechnologyTransferEntity;
import io.tepai.store.entity.TeamMemberRow;
import io.tepai.store.entity.TimestampedEntity;
import io.tepai.store.entity.TimestampedSampleEntity;
import io.tepai.store.entity.TrainingEntity;
import io.tepai.store.entity.UnitEntity;
import io.tepai.store.entity.VersionedEntity;
import io.tepai.store.entity.WorkstationEntity;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.persistence.SharedCacheMode;
import javax.persistence.ValidationMode;
import javax.persistence.spi.ClassTransformer;
import javax.persistence.spi.PersistenceUnitInfo;
import javax.persistence.spi.PersistenceUnitTransactionType;
import javax.sql.DataSource;

/**
 * Tepai's one persistence unit, described in code rather than in a persistence.xml: the store bundle is the
 * JPA container (OSGi JPA Service spec, "container" role) and hands this description to the EclipseLink
 * PersistenceProvider service. That keeps the order explicit: migrate the schema first, then build the
 * EntityManagerFactory, and never let the provider generate or drop tables.
 */
final class TepaiPersistenceUnit implements PersistenceUnitInfo {

    static final String NAME = "tepai";

    /** Every managed class. A new entity must be added here and get a migration. */
    static final List<Class<?>> MANAGED = List.of(
            VersionedEntity.class, SampleEntity.class, TimestampedEntity.class, TimestampedSampleEntity.class,
            CountyEntity.class, UnitEntity.class, SpecialistEntity.class, AccountEntity.class, AuditEntity.class,
            TeamEntity.class, TeamMemberRow.class, LeaderColumns.class, AgreementEntity.class,
            AgreementTaskRow.class,
            AssignmentEntity.class, SquadOfficersEntity.class, WorkstationEntity.class, RecipientEntity.class,
            ServiceLogEntity.class, CoordinationRequestEntity.class, RequestStepRow.class, TrainingEntity.class,
            DemonstrationBaseEntity.class, MenteeEntity.class, EvaluationRoundEntity.class,
            EvaluationResultEntity.class, CriterionLineRow.class, IncentiveGrantEntity.class, InstantConverter.class,
            BudgetEntity.class, AllocationEntity.class, ExpenseEntity.class, InsurancePolicyEntity.class,
            TechnologyTransferEntity.class, InspectionEntity.class, InspectionItemRow.class,
            FeeComplaintEntity.class, DisbursementEntity.class, DemandEntity.class, DemandMatchEntity.class,
            SpecialistTermEntity.class, IntakeEntity.class, RegistrationEntity.class, SelectionStepEntity.class,
            SelectionDecisionEntity.class, ObjectionEntity.class, RosterWishEntity.class,
            RosterCountyRequestEntity.class, RosterEntity.class, RosterEntryEntity.class,
            ModuleSwitchEntity.class, SpecialistFieldRow.class,
            SpecialistGramRow.class);

    private final DataSource dataSource;
    private final ClassLoader classLoader;
    private final Properties properties = new Properties();

    TepaiPersistenceUnit(DataSource dataSource) {
        this.dataSource = dataSource;
        this.classLoader = TepaiPersistenceUnit.class.getClassLoader();
        // Entities are not woven: no lazy to-one relations are used, and skipping weaving removes the
        // fragile load-order dependency between the weaving hook and the entity classes in OSGi.
        properties.setProperty("eclipselink.weaving", "false");
        properties.setProperty("eclipselink.ddl-generation", "none");
        // Consecutive INSERTs of one table go to the database as one JDBC batch of up to 100 (BatchWritingTest). It
        // helps the records whose ids come from sequences (V018); a row with an IDENTITY key is still inserted alone,
        // its key read back. ImportBench (20,000 rows per kind, Derby on disk, a loaded machine) averaged 12-20% more
        // rows per CPU-second with it (three runs) than without (two runs): within the spread between runs of one code.
        properties.setProperty("eclipselink.jdbc.batch-writing", "JDBC");
        properties.setProperty("eclipselink.jdbc.batch-writing.size", "100");
        properties.setProperty("eclipselink.logging.level", "WARNING");
        properties.setProperty("eclipselink.logging.logger", "JavaLogger");
        // The target database is detected from the connection: the same code runs on Derby and PostgreSQL.
    }

    @Override
    public String getPersistenceUnitName() {
        return NAME;
    }

    @Override
    public String getPersistenceProviderClassName() {
        return "org.eclipse.persistence.jpa.PersistenceProvider";
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    /** The root of the store bundle, found from a resource it is known to contain. */
    @Override
    public URL getPersistenceUnitRootUrl() {
        String marker = "db/migration/" + Migrator.MIGRATIONS.get(0);
        URL url = classLoader.getResource(marker);
        if (url == null) {
            return null;
        }
        String text = url.toExternalForm();
        try {
            return new URL(text.substring(0, text.length() - marker.length()));
        } catch (MalformedURLException e) {
            return null;
        }
    }

    @Override
    public List<String> getManagedClassNames() {
        return MANAGED.stream().map(Class::getName).toList();
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.UNSPECIFIED;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return properties;
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "2.2";
    }

    @Override
    public ClassLoader getClassLoader() {
        return classLoader;
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // weaving is off: nothing to register
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return classLoader;
    }
}
