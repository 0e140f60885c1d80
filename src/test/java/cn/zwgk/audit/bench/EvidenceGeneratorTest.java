package cn.zwgk.audit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.audit.evidence.EvidenceLoader;
import cn.zwgk.audit.evidence.EvidenceSet;
import cn.zwgk.audit.facts.EvidenceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceGeneratorTest {
    static final Path SAMPLE = Path.of("sample-data/2020");

    @TempDir Path temp;

    @Test
    void aFixedSeedGivesIdenticalBytes() throws Exception {
        EvidenceGenerator generator = new EvidenceGenerator(SAMPLE);
        generator.generate(temp.resolve("a"), 2000, 7, null);
        generator.generate(temp.resolve("b"), 2000, 7, null);
        generator.generate(temp.resolve("c"), 2000, 8, null);
        List<String> names = names(temp.resolve("a"));
        assertThat(names)
                .isEqualTo(names(temp.resolve("b")))
                .contains("profile.json", "credit-disclosures.json");
        boolean anyDiffers = false;
        for (String name : names) {
            assertThat(Files.readAllBytes(temp.resolve("b").resolve(name)))
                    .as(name)
                    .isEqualTo(Files.readAllBytes(temp.resolve("a").resolve(name)));
            anyDiffers |=
                    !java.util.Arrays.equals(
                            Files.readAllBytes(temp.resolve("c").resolve(name)),
                            Files.readAllBytes(temp.resolve("a").resolve(name)));
        }
        assertThat(anyDiffers).as("another seed gives another unit mix").isTrue();
    }

    @Test
    void theEvidenceIsValidForTheLoaderAtTheRequestedSizeWithMostVolumeInTheBusyKinds()
            throws Exception {
        Path out = temp.resolve("org");
        long written = new EvidenceGenerator(SAMPLE).generate(out, 3000, 1, "测试区某局");
        EvidenceSet set = new EvidenceLoader().load(out);
        assertThat(written).isEqualTo(3000);
        assertThat(set.records()).hasSize(3000);
        assertThat(set.profile().organisation()).isEqualTo("测试区某局");
        assertThat(set.count(EvidenceKind.CREDIT_DISCLOSURE))
                .isGreaterThan(set.count(EvidenceKind.APPLICATION));
        assertThat(set.count(EvidenceKind.APPLICATION))
                .isGreaterThan(set.count(EvidenceKind.MAJOR_DECISION));
        assertThat(set.count(EvidenceKind.ANNUAL_REPORT)).isEqualTo(2);
        assertThat(
                        set.records().stream()
                                .map(r -> r.units())
                                .flatMap(List::stream)
                                .distinct()
                                .count())
                .isGreaterThan(4);
    }

    @Test
    void theBaselineReadsTheSameRecords() throws Exception {
        Path out = temp.resolve("org");
        new EvidenceGenerator(SAMPLE).generate(out, 1500, 3, null);
        assertThat(BenchChild.baseline(out))
                .hasSize(new EvidenceLoader().load(out).records().size());
    }

    @Test
    void refusesSizesBelowTheTemplate() {
        assertThatThrownBy(
                        () ->
                                new EvidenceGenerator(SAMPLE)
                                        .generate(temp.resolve("x"), 10, 1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
