package io.tepai.rest.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tepai.api.account.AccountDraft;
import io.tepai.api.demand.Demand;
import io.tepai.api.demand.DemandDraft;
import io.tepai.api.dispatch.Assignment;
import io.tepai.api.dispatch.AssignmentDraft;
import io.tepai.api.dispatch.SquadOfficers;
import io.tepai.api.dispatch.Workstation;
import io.tepai.api.dispatch.WorkstationDraft;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundDraft;
import io.tepai.api.field.CoordinationRequest;
import io.tepai.api.field.DemonstrationBase;
import io.tepai.api.field.DemonstrationBaseDraft;
import io.tepai.api.field.Mentee;
import io.tepai.api.field.MenteeDraft;
import io.tepai.api.field.Recipient;
import io.tepai.api.field.RecipientDraft;
import io.tepai.api.field.RequestDraft;
import io.tepai.api.field.ServiceLog;
import io.tepai.api.field.ServiceLogDraft;
import io.tepai.api.field.Training;
import io.tepai.api.field.TrainingDraft;
import io.tepai.api.org.County;
import io.tepai.api.org.UnitDraft;
import io.tepai.api.specialist.SpecialistDraft;
import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementDraft;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamDraft;
import io.tepai.rest.internal.RequestBodies.Edit;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What Jackson needs to bind the request records beyond {@link Json}'s strictness: a record as read may be sent
 * back as a body, and an {@link Edit} is two records in one JSON object. The records themselves are in
 * {@link RequestBodies} and the api bundle.
 */
final class Bodies {

    /** Fields a client may send back from a GET; the server owns them, so they are dropped, not rejected. */
    private static final Set<String> SERVER_OWNED = Set.of("id", "sample", "createdAt", "updatedAt", "version");

    /**
     * The bodies a record as read may be sent back as, with that record: its fields the body lacks are derived or
     * change through their own operations, so they are dropped too (a body mapped to itself drops only the
     * server-owned ones). Any other unknown field is still refused.
     */
    private static final Map<Class<?>, Class<? extends Record>> SENT_BACK = Map.ofEntries(
            Map.entry(AccountDraft.class, AccountDraft.class),
            Map.entry(AgreementDraft.class, Agreement.class),
            Map.entry(AssignmentDraft.class, Assignment.class),
            Map.entry(DemandDraft.class, Demand.class),
            Map.entry(DemonstrationBaseDraft.class, DemonstrationBase.class),
            Map.entry(MenteeDraft.class, Mentee.class),
            Map.entry(RecipientDraft.class, Recipient.class),
            Map.entry(RequestDraft.class, CoordinationRequest.class),
            Map.entry(RoundDraft.class, Round.class),
            Map.entry(ServiceLogDraft.class, ServiceLog.class),
            Map.entry(SpecialistDraft.class, SpecialistDraft.class),
            Map.entry(SquadOfficers.class, SquadOfficers.class),
            Map.entry(TeamDraft.class, Team.class),
            Map.entry(TrainingDraft.class, Training.class),
            Map.entry(UnitDraft.class, UnitDraft.class),
            Map.entry(WorkstationDraft.class, Workstation.class),
            Map.entry(RequestBodies.LeadingIndustries.class, County.class));

    private Bodies() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("tepai-bodies");
        module.setDeserializerModifier(new SentBack());
        module.setDeserializers(new SimpleDeserializers() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                            BeanDescription bean) {
                return type.hasRawClass(Edit.class) ? new EditDeserializer(type) : null;
            }
        });
        return module;
    }

    private static Stream<String> names(Class<?> record) {
        return Stream.of(record.getRecordComponents()).map(RecordComponent::getName);
    }

    /** Marks the dropped fields of {@link #SENT_BACK} as ignorable: Jackson skips them instead of refusing them. */
    private static final class SentBack extends BeanDeserializerModifier {

        @Override
        public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean,
                                                     BeanDeserializerBuilder builder) {
            Class<? extends Record> read = SENT_BACK.get(bean.getBeanClass());
            if (read != null) {
                Set<String> own = names(bean.getBeanClass()).collect(Collectors.toSet());
                Stream.concat(SERVER_OWNED.stream(), names(read)).filter(name -> !own.contains(name)).distinct()
                        .forEach(builder::addIgnorable);
            }
            return builder;
        }
    }

    /** Splits one JSON object into the operation's own fields (named by its record) and the draft's, the rest. */
    private static final class EditDeserializer extends StdDeserializer<Edit<?, ?>> {

        private final JavaType fields;
        private final JavaType draft;

        EditDeserializer(JavaType edit) {
            super(edit);
            this.fields = edit.containedType(0);
            this.draft = edit.containedType(1);
        }

        @Override
        public Edit<?, ?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = context.readTree(parser);
            if (!(tree instanceof ObjectNode rest)) {
                throw MismatchedInputException.from(parser, Edit.class, "must be an object");
            }
            ObjectNode own = context.getNodeFactory().objectNode();
            names(fields.getRawClass()).filter(rest::has).forEach(name -> own.set(name, rest.remove(name)));
            Record ownFields = context.readTreeAsValue(own, fields);
            return new Edit<>(ownFields, context.readTreeAsValue(rest, draft));
        }
    }
}
