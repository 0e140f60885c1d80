package cn.zwgk.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.audit.verdict.Labels;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html in headless Chromium (Debian's package), with evidence text carrying script, image
 * and attribute payloads that would each set {@code document.title} if they ran: the title stays,
 * the DOM holds no element or handler a payload made, and the page renders.
 */
class HtmlInChromiumTest {
    private static final Pattern START_TAG =
            Pattern.compile(
                    "<([a-zA-Z][\\w:-]*)((?:\\s+[^\\s\"'>/=]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("\\s+([^\\s\"'>/=]+)(?:=(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?");

    @TempDir Path temp;

    @Test
    void hostileEvidenceRunsNothingAndThePageRenders() throws Exception {
        Path chromium = ExternalProgram.require("chromium", "chromium");
        AuditReport report = Fixtures.hostile();
        Path html = Files.write(temp.resolve("report.html"), new HtmlRenderer().render(report));

        String dom = dumpDom(chromium, html, "dom");
        String expectedTitle =
                report.organisation() + " " + report.auditYear() + " 年" + Labels.REPORT_TITLE;
        assertThat(title(dom)).as("document.title unchanged").isEqualTo(expectedTitle);
        assertThat(dom)
                .doesNotContain("PWNED-script</title>", "PWNED-img</title>", "PWNED-attr</title>");
        Set<String> tags = new TreeSet<>();
        Set<String> attributes = new TreeSet<>();
        elements(dom, tags, attributes);
        assertThat(tags)
                .as("elements in the DOM")
                .doesNotContain("script", "img", "iframe", "object", "embed")
                .contains("svg", "table", "article");
        assertThat(attributes)
                .as("attributes in the DOM")
                .noneMatch(a -> a.startsWith("on"))
                .doesNotContain("autofocus");
        assertThat(dom)
                .as("the payloads shown as text")
                .contains("&lt;script&gt;document.title='PWNED-script'", "&lt;img src=x onerror=");

        Path shot = temp.resolve("shot.png");
        var run =
                ExternalProgram.run(
                        temp,
                        120,
                        command(
                                chromium,
                                "shot",
                                "--screenshot=" + shot,
                                "--window-size=1280,2000",
                                html.toUri().toString()));
        assertThat(shot).as("screenshot; chromium said: %s", run.err()).exists();
        assertThat(Files.size(shot))
                .as("a screenshot of a rendered page, not a blank one")
                .isGreaterThan(50_000);
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2000);
        assertThat(colours(image))
                .as("distinct colours: text, state colours, chart")
                .isGreaterThan(20);
    }

    /**
     * The check above can fail: the same kind of payload left unescaped does change the title in
     * this browser. (Without the alert: a dialog would block headless Chromium until the timeout.)
     */
    @Test
    void aPayloadLeftUnescapedWouldHaveChangedTheTitle() throws Exception {
        Path chromium = ExternalProgram.require("chromium", "chromium");
        Path page =
                Files.writeString(
                        temp.resolve("control.html"),
                        "<!DOCTYPE html><html><head><title>报告</title></head><body>"
                                + "<script>document.title='PWNED-script'</script></body></html>\n",
                        StandardCharsets.UTF_8);
        assertThat(title(dumpDom(chromium, page, "control"))).isEqualTo("PWNED-script");
    }

    private String dumpDom(Path chromium, Path page, String name) throws Exception {
        var run =
                ExternalProgram.run(
                        temp, 120, command(chromium, name, "--dump-dom", page.toUri().toString()));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).as(run.err()).contains("</html>");
        return run.out();
    }

    private List<String> command(Path chromium, String profile, String... args) {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                chromium.toString(),
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--no-first-run",
                                "--user-data-dir=" + temp.resolve("profile-" + profile)));
        command.addAll(List.of(args));
        return command;
    }

    private static String title(String dom) {
        Matcher m = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(dom);
        assertThat(m.find()).as("a title in the DOM").isTrue();
        return m.group(1)
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&nbsp;", "\u00a0")
                .replace("&amp;", "&");
    }

    /** Tag and attribute names of every start tag (serialised DOM quotes every attribute value). */
    private static void elements(String dom, Set<String> tags, Set<String> attributes) {
        Matcher tag = START_TAG.matcher(dom);
        while (tag.find()) {
            tags.add(tag.group(1).toLowerCase());
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                attributes.add(attribute.group(1).toLowerCase());
            }
        }
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
