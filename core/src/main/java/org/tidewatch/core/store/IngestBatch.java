package org.tidewatch.core.store;

import java.util.List;
import org.tidewatch.core.track.Position;
import org.tidewatch.core.track.StaticReport;

/**
 * One atomic unit of ingest: the records of one source between two checkpoints. A store commits a
 * batch entirely or not at all, together with the new checkpoint, which is what makes ingest
 * resumable: after a crash the store holds a prefix of whole batches and knows its length.
 *
 * @param runId the ingest run committing the batch
 * @param sourceId the source the records come from
 * @param sequenceBefore the source's committed sequence this batch continues from; the store
 *     refuses the batch when it does not match (another writer, or a replay)
 * @param sequenceAfter the committed sequence after this batch
 * @param sourceComplete {@code true} when this batch ends the source
 * @param positions position reports
 * @param staticReports static/voyage reports
 * @param badRows refused records
 */
public record IngestBatch(
    long runId,
    long sourceId,
    long sequenceBefore,
    long sequenceAfter,
    boolean sourceComplete,
    List<Position> positions,
    List<StaticReport> staticReports,
    List<BadRow> badRows) {

  /** Checks the sequence. */
  public IngestBatch {
    if (sequenceAfter < sequenceBefore) {
      throw new IllegalArgumentException("sequence goes back: " + sequenceBefore + sequenceAfter);
    }
  }
}
