package io.tepai.core.field;

import io.tepai.api.Actor;
import io.tepai.api.Contact;
import io.tepai.api.ValidationException;
import io.tepai.api.field.RecipientDraft;
import io.tepai.api.field.RecipientKind;
import io.tepai.api.imports.ImportKind;
import io.tepai.api.imports.RejectedRow;
import io.tepai.core.access.Scopes;
import io.tepai.core.imports.Columns;
import io.tepai.core.imports.RowImporter;
import io.tepai.core.imports.Table;
import io.tepai.store.Repositories;
import io.tepai.store.entity.RecipientEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recipients from a file: each row checked as {@link RecipientServiceImpl#create} checks a recipient (fields,
 * the county's scope, the county and the serving specialists existing).
 */
public final class RecipientImport implements RowImporter {

    static final Map<String, List<String>> FIELDS = Columns.fields("name|名称|受援对象", "kind|类型|类别",
            "county|县区|县", "contactName|联系人", "contactPhone|联系电话|电话", "contactEmail|邮箱|电子邮箱",
            "specialistIds|专家编号|服务专家");

    @Override
    public ImportKind kind() {
        return ImportKind.RECIPIENTS;
    }

    @Override
    public int importRows(Repositories repos, Actor actor, Instant now, Table table, List<RejectedRow> rejected) {
        Columns columns = new Columns(table.header(), FIELDS, Set.of("name", "kind", "county"));
        int written = 0;
        for (List<Table.Row> chunk : RowImporter.chunks(table.rows())) {
            List<Columns.Cells> rows = new ArrayList<>();
            List<RecipientDraft> drafts = new ArrayList<>();
            Set<Long> specialists = new HashSet<>();
            for (Table.Row row : chunk) {
                Columns.Cells cells = columns.cells(row);
                RecipientDraft draft = new RecipientDraft(cells.text("name"),
                        cells.constant("kind", RecipientKind.class), cells.text("county"),
                        new Contact(cells.text("contactName"), cells.text("contactPhone"), cells.text("contactEmail")),
                        cells.ids("specialistIds"));
                if (cells.problems().isEmpty() && cells.check("county", () -> {
                    RecipientServiceImpl.validate(draft);
                    String county = draft.county().strip();
                    Scopes.requireCounty(actor, county, "register recipients in county '" + county + "'");
                })) {
                    specialists.addAll(draft.specialistIds());
                }
                rows.add(cells);
                drafts.add(draft);
            }
            References references = References.preload(repos, specialists, Set.of());
            List<RecipientEntity> accepted = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Columns.Cells cells = rows.get(i);
                if (cells.problems().isEmpty()) {
                    try {
                        RecipientServiceImpl.checkReferences(references, drafts.get(i));
                        RecipientEntity recipient = new RecipientEntity(now);
                        RecipientServiceImpl.apply(drafts.get(i), recipient, now);
                        recipient.setSample(actor.writesSample());
                        accepted.add(recipient);
                    } catch (ValidationException e) {
                        cells.reject(e.errors());
                    }
                }
                rejected.addAll(cells.problems());
            }
            if (rejected.isEmpty()) {
                repos.recipients().addAll(accepted);
                repos.flushAndClear();
                written += accepted.size();
            }
        }
        return written;
    }
}
