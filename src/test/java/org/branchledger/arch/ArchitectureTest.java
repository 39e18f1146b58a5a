package org.branchledger.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.branchledger.core.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * The house rules that are about files rather than classes (views beside controllers, message keys, no stack
 * traces printed), checked on every build; the rules on classes and packages are {@link LayerRulesTest}.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }

    @Test
    void everyFxmlViewSitsBesideItsController() throws IOException {
        Pattern controller = Pattern.compile("fx:controller=\"([\\w.]+)\"");
        List<Path> views = files(RESOURCES, ".fxml");
        assertTrue(views.size() >= 4, views.toString());
        for (Path view : views) {
            Matcher m = controller.matcher(Files.readString(view, StandardCharsets.UTF_8));
            assertTrue(m.find(), view + " names no controller");
            String expected = m.group(1).replace('.', '/').replaceFirst("Controller$", "") + ".fxml";
            assertEquals(RESOURCES.resolve(expected), view, "view and controller must share package and name");
        }
    }

    @Test
    void everyMessageKeyUsedExistsInTheBundle() throws IOException {
        ResourceBundle bundle = Messages.bundle();
        Pattern inFxml = Pattern.compile("\"%([\\w.]+)\"");
        Pattern inJava = Pattern.compile("Messages\\.get\\(\"([\\w.]+)\"\\s*[,)]");
        List<String> missing = new ArrayList<>();
        for (Path file : Stream.concat(files(RESOURCES, ".fxml").stream(), files(MAIN, ".java").stream()).toList()) {
            Matcher m = (file.toString().endsWith(".fxml") ? inFxml : inJava)
                    .matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                if (!bundle.containsKey(m.group(1))) {
                    missing.add(file.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void noStackTracesPrinted() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : files(MAIN, ".java")) {
            if (Files.readString(file, StandardCharsets.UTF_8).contains(".printStackTrace()")) {
                offenders.add(file.toString());
            }
        }
        assertEquals(List.of(), offenders);
    }

    /** Decision record 0022: what the window says comes from the bundle, never from a literal in a view's code. */
    @Test
    void windowWordsComeFromTheBundle() throws IOException {
        Pattern chineseLiteral = Pattern.compile("\"[^\"\n]*[\u4e00-\u9fff][^\"\n]*\"");
        Pattern chineseAttribute = Pattern.compile("=\"[^\"%]*[\u4e00-\u9fff][^\"]*\"");
        List<String> offenders = new ArrayList<>();
        for (Path file : files(MAIN, ".java")) {
            String name = file.getFileName().toString();
            if (name.endsWith("Controller.java") || name.endsWith("Dialog.java") || name.endsWith("Dialogs.java")) {
                String code = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "")
                        .replaceAll("//[^\n]*", "");
                Matcher m = chineseLiteral.matcher(code);
                while (m.find()) {
                    offenders.add(name + ": " + m.group());
                }
            }
        }
        for (Path view : files(RESOURCES, ".fxml")) {
            String xml = Files.readString(view, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
            Matcher m = chineseAttribute.matcher(xml);
            while (m.find()) {
                offenders.add(view.getFileName() + ": " + m.group());
            }
        }
        assertEquals(List.of(), offenders);
    }
}
