package cn.zwgk.audit.app;

import cn.zwgk.audit.report.Renderer;
import cn.zwgk.audit.report.Renderers;
import java.util.ArrayList;
import java.util.List;

/** The report formats a request names, looked up before anything is audited. */
public final class ReportFormats {
    private ReportFormats() {}

    /**
     * The renderers of {@code names} (blanks around a name ignored), in that order; every format
     * when {@code names} is null.
     *
     * @throws BadRequest naming the first unknown format and the known ones
     */
    public static List<Renderer> named(List<String> names) throws BadRequest {
        List<Renderer> renderers = new ArrayList<>();
        for (String name : names == null ? Renderers.formats() : names) {
            renderers.add(
                    Renderers.byFormat(name.trim())
                            .orElseThrow(
                                    () ->
                                            new BadRequest(
                                                    "未知的报告格式 "
                                                            + name
                                                            + "（可用："
                                                            + String.join(",", Renderers.formats())
                                                            + "）")));
        }
        return List.copyOf(renderers);
    }
}
