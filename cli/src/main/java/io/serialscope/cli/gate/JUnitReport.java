package io.serialscope.cli.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Ant-style JUnit XML, as CI servers read it: one {@code <testsuite name="serialscope gate">}, one
 * {@code <testcase>} per threshold, a {@code <failure>} inside each failed one. Built with the
 * JDK's DOM and written by its transformer, so recorded text is always escaped correctly.
 */
public final class JUnitReport {
  public static final String SUITE = "serialscope gate";

  private JUnitReport() {}

  public static void write(List<CheckResult> results, Path file) throws IOException {
    try {
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
      Element suite = doc.createElement("testsuite");
      long failures = results.stream().filter(r -> !r.passed()).count();
      suite.setAttribute("name", SUITE);
      suite.setAttribute("tests", String.valueOf(results.size()));
      suite.setAttribute("failures", String.valueOf(failures));
      suite.setAttribute("errors", "0");
      suite.setAttribute("skipped", "0");
      suite.setAttribute("time", "0");
      doc.appendChild(suite);
      for (CheckResult r : results) {
        Element testcase = doc.createElement("testcase");
        testcase.setAttribute("classname", "serialscope.gate");
        testcase.setAttribute("name", r.name() + " " + r.threshold());
        testcase.setAttribute("time", "0");
        if (!r.passed()) {
          Element failure = doc.createElement("failure");
          failure.setAttribute("type", "threshold");
          failure.setAttribute(
              "message", r.name() + " = " + r.value() + ", limit " + r.threshold());
          failure.setTextContent(r.detail());
          testcase.appendChild(failure);
        }
        suite.appendChild(testcase);
      }
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Transformer out = TransformerFactory.newInstance().newTransformer();
      out.setOutputProperty(OutputKeys.INDENT, "yes");
      out.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      out.transform(new DOMSource(doc), new StreamResult(file.toFile()));
    } catch (ParserConfigurationException | TransformerException e) {
      throw new IOException("cannot write JUnit XML to " + file + ": " + e.getMessage(), e);
    }
  }
}
