package org.linkagemapper.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * A Neo4j Browser guide ({@code :play http://localhost:8080/guides/linkage.html}) built from the
 * query library, and the Browser style that colours the labels the same way every time.
 */
@RestController
class GuideController {

  /** Browser is served from this origin, so it fetches the guide and style without CORS. */
  @GetMapping(path = "/guides/linkage.html", produces = MediaType.TEXT_HTML_VALUE)
  String guide() {
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    StringBuilder html = new StringBuilder();
    html.append(
        """
        <article class="guide">
          <carousel class="deck container-fluid">
            <slide class="row-fluid">
              <div class="col-sm-12">
                <h3>Linkage Mapper: who links to whom during a cyber incident</h3>
                <p>The graph holds ASEAN cybersecurity and HADR mechanisms, their pillars, partners,
                member states, response roles and areas of cooperation. Every relationship carries
                <code>since</code>/<code>until</code> years and a <code>source</code> with a
                <code>locator</code> (footnote or sentence). Each slide asks one question; click a
                block to put it in the editor, set its parameters first.</p>
                <pre mode="cypher" class="pre-scrollable code runnable">:style %s/browser/linkage.grass</pre>
                <pre mode="cypher" class="pre-scrollable code runnable">MATCH (n:Entity) RETURN labels(n) AS labels, count(*) AS nodes ORDER BY nodes DESC</pre>
              </div>
            </slide>
        """
            .formatted(HtmlUtils.htmlEscape(base)));
    for (QueryLibrary.NamedQuery q : QueryLibrary.load()) {
      html.append(
          """
              <slide class="row-fluid">
                <div class="col-sm-12">
                  <h3>%s</h3>
                  <p>%s</p>
                  <p><small>cypher/queries/%s</small></p>
                  <pre mode="cypher" class="pre-scrollable code runnable">:param %s</pre>
                  <pre mode="cypher" class="pre-scrollable code runnable">%s</pre>
                </div>
              </slide>
          """
              .formatted(
                  HtmlUtils.htmlEscape(q.title()),
                  HtmlUtils.htmlEscape(q.question()),
                  HtmlUtils.htmlEscape(q.file()),
                  HtmlUtils.htmlEscape(q.params()),
                  HtmlUtils.htmlEscape(q.cypher())));
    }
    html.append(
        """
          </carousel>
        </article>
        """);
    return html.toString();
  }

  @GetMapping(path = "/browser/linkage.grass", produces = "text/plain;charset=UTF-8")
  String style() throws IOException {
    try (InputStream in = new ClassPathResource("cypher/linkage.grass").getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
