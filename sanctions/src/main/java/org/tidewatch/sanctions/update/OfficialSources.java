package org.tidewatch.sanctions.update;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The official publication addresses of the lists tidewatch reads, and a plain downloader. */
public final class OfficialSources {

  /**
   * One downloadable list file.
   *
   * @param listId the list it updates
   * @param fileName the local file name to save as
   * @param url the official address
   */
  public record Source(String listId, String fileName, URI url) {}

  /** The known sources. */
  public static final List<Source> ALL =
      List.of(
          new Source(
              "un-sc-consolidated",
              "un_consolidated.xml",
              URI.create("https://scsanctions.un.org/resources/xml/en/consolidated.xml")),
          new Source(
              "ofac-sdn",
              "sdn.csv",
              URI.create(
                  "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV")),
          new Source(
              "ofac-sdn",
              "alt.csv",
              URI.create(
                  "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ALT.CSV")),
          new Source(
              "ofac-sdn",
              "add.csv",
              URI.create(
                  "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADD.CSV")),
          new Source(
              "ofac-sdn",
              "sdn_comments.csv",
              URI.create(
                  "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN_COMMENTS.CSV")),
          new Source(
              "ofac-consolidated",
              "consolidated.xml",
              URI.create(
                  "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONSOLIDATED.XML")));

  private OfficialSources() {}

  /** Downloads a source into {@code dir}; throws IOException when the machine is offline. */
  public static Path download(Source s, Path dir, Duration timeout)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    Path target = dir.resolve(s.fileName());
    HttpResponse<Path> r =
        client.send(
            HttpRequest.newBuilder(s.url()).timeout(timeout).GET().build(),
            HttpResponse.BodyHandlers.ofFile(target));
    if (r.statusCode() != 200) {
      throw new IOException("HTTP " + r.statusCode() + " from " + s.url());
    }
    return target;
  }
}
