package cn.zwgk.audit;

import cn.zwgk.audit.catalog.Catalog;
import cn.zwgk.audit.catalog.CatalogException;
import cn.zwgk.audit.engine.RuleBase;
import cn.zwgk.audit.engine.RuleException;
import cn.zwgk.audit.catalog.CatalogTask;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules folder compiled once: the task catalog and the rule base built from its DRL. One of
 * these serves any number of audits.
 *
 * @param folder the rules folder
 * @param catalog the task table, {@value Catalog#FILE_NAME}
 * @param ruleBase the compiled DRL
 */
public record AuditRules(Path folder, Catalog catalog, RuleBase ruleBase) {
    /** Catalog tasks that no rule decides: they can only ever be PENDING or NO_EVIDENCE. */
    public List<CatalogTask> tasksWithoutRules() {
        Set<Integer> ruled = ruleBase.rules().stream().map(RuleBase.RuleInfo::task).collect(Collectors.toSet());
        return catalog.tasks().stream().filter(t -> !ruled.contains(t.number())).toList();
    }

    public static AuditRules load(Path folder) throws CatalogException, RuleException {
        Catalog catalog = Catalog.load(folder.resolve(Catalog.FILE_NAME));
        return new AuditRules(folder, catalog, RuleBase.compile(folder, catalog));
    }
}
