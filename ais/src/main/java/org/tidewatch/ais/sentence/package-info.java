/**
 * The NMEA 0183 / IEC 61162-1 sentence layer of the AIS decoder: reads lines of bytes, recognises
 * AIS sentences and their wrappers, joins multipart messages and hands complete payloads to the
 * ITU-R M.1371 message decoder ({@link org.tidewatch.ais.message.AisMessageDecoder}). The entry
 * point is {@link org.tidewatch.ais.sentence.AisReader}; results go to an {@link
 * org.tidewatch.ais.sentence.AisListener}; {@link org.tidewatch.ais.sentence.AisStats} counts them.
 *
 * <h2>Formats accepted</h2>
 *
 * <ul>
 *   <li>Lines end with LF; CR, spaces and control characters at either end are ignored. A line
 *       longer than {@link org.tidewatch.ais.sentence.AisReaderOptions#maxLineLength_bytes()} is
 *       skipped unbuffered (a comment if it starts with {@code #}, else {@code
 *       MALFORMED_SENTENCE}). Files are read through {@link
 *       org.tidewatch.ais.sentence.AisReader#open}, which decompresses gzip recognised by its magic
 *       bytes, whatever the file name.
 *   <li>VDM and VDO sentences of any talker ({@code !AIVDM}, {@code !AIVDO}, {@code !BSVDM}, {@code
 *       !ABVDM}, {@code !SAVDM}, the null talker {@code !--VDM}, ...), also with {@code $} instead
 *       of {@code !}: seven fields, then {@code *hh}. The checksum (XOR of the characters between
 *       the start character and {@code *}) must match ({@code BAD_CHECKSUM}, with the written and
 *       computed values in the detail) unless {@link
 *       org.tidewatch.ais.sentence.AisReaderOptions#acceptBadChecksums()}; a sentence without a
 *       two-digit checksum is {@code MALFORMED_SENTENCE}. Channel: empty or one character ({@code
 *       A}, {@code B}, {@code 1}, {@code 2}, {@code C}, ...). Fragment count 1-9, fragment number
 *       1-count ({@code BAD_FRAGMENT_NUMBER}). Fill bits: a digit on the last fragment, 0-5 by the
 *       standard; larger digits are taken as gpsd takes them, dropping that many bits (the AISHub
 *       sample has 8 type 6 sentences declaring 6); not a digit, or more than the payload, is
 *       {@code BAD_FILL_BITS}; ignored on earlier fragments. An empty payload is allowed on a
 *       fragment (satellite feeds send {@code !AIVDM,2,2,0,A,,0*16}) but a message whose payload is
 *       empty is {@code EMPTY_PAYLOAD}.
 *   <li>NMEA 4 tag blocks before the sentence, {@code \c:...,s:...,g:...*hh\}, one or more: {@code
 *       c:} Unix seconds, or milliseconds when 12 digits or more; {@code s:} station (the value may
 *       contain colons); {@code g:sentence-size-id} and the older {@code xGy:id} groups. Other keys
 *       ({@code n:}, {@code r:}, {@code d:}, {@code t:}, {@code T:}, {@code q:}, {@code i:}),
 *       fields without a key and unparseable values are ignored. The tag-block checksum is not
 *       required by default (AMSA's {@code nmea-timestamped.txt} writes {@code *00} everywhere,
 *       pyais' sample one-digit checksums): a wrong one only matters with {@link
 *       org.tidewatch.ais.sentence.AisReaderOptions#strictTagBlockChecksum()}, which then rejects
 *       the line as {@code MALFORMED_TAG_BLOCK}. An unterminated tag block is always {@code
 *       MALFORMED_TAG_BLOCK}. A tag block alone on its line is a receiver header for the next
 *       sentence.
 *   <li>Receiver wrappers: Gatehouse {@code $PGHP,1,year,month,day,hour,minute,second,ms,...}
 *       headers (their time applies to the next AIS sentence only); trailing fields after the
 *       checksum (the first 10-13 digit Unix time, and a USCG {@code r...}/{@code b...} station:
 *       libais' {@code typeexamples.nmea}, exactEarth's epoch milliseconds). Anything else after
 *       the checksum is ignored (e.g. the literal {@code \r\n} in AisLib's {@code ais250.txt}).
 *   <li>Not AIS, counted by {@link org.tidewatch.ais.sentence.NonAisKind}: blank lines, {@code #}
 *       comments, receiver headers, other NMEA sentences ({@code $GPRMC}, {@code $BSALR}, {@code
 *       !AIPWR}, ...), anything else.
 * </ul>
 *
 * <p>Receiver time precedence on {@link org.tidewatch.ais.sentence.Reception}: the sentence's own
 * tag block {@code c:}, a tag block alone on the previous line, a {@code $PGHP} header, a trailing
 * field (see {@link org.tidewatch.ais.sentence.Reception.TimeSource}). For a multipart message the
 * first fragment's values win, later fragments fill what it lacks.
 *
 * <h2>Multipart assembly policy</h2>
 *
 * Several messages may be in flight. A fragment continues a pending message with the same tag-block
 * group id when it has one, otherwise with the same tag-block station {@code s:}, talker, VDM/VDO,
 * channel and sequential message id; as gpsd does, a continuation of the message pending on the
 * immediately preceding sentence is accepted even when its sequential id differs (one such pair in
 * the AISHub sample). Fragments must come in order: an unexpected fragment number breaks the
 * message ({@code FRAGMENT_OUT_OF_SEQUENCE}, covering the pending lines and the offending one); a
 * later fragment with nothing pending is an {@code ORPHAN_FRAGMENT}; a new first fragment with the
 * same key makes the pending one an orphan. An incomplete message is dropped as {@code
 * ORPHAN_FRAGMENT} once more than {@link
 * org.tidewatch.ais.sentence.AisReaderOptions#maxFragmentGap_sentences()} (default 8, Ais.Net's
 * policy) other AIS sentences arrived after its last fragment, when more than 32 are pending, and
 * at {@link org.tidewatch.ais.sentence.AisReader#finish()} / the end of each {@code read}.
 *
 * <h2>Accounting rule</h2>
 *
 * Every input line is reported exactly once: as one of the {@link
 * org.tidewatch.ais.sentence.Reception#sentenceCount()} lines of a decoded message, within the
 * {@link org.tidewatch.ais.sentence.Rejection#lineCount()} lines of one rejection (the fragment
 * lines of an orphan or broken message make one rejection), or as one non-AIS line. So messages'
 * sentence counts + rejections' line counts + non-AIS lines = {@link
 * org.tidewatch.ais.sentence.AisReader#linesRead()}; {@link
 * org.tidewatch.ais.sentence.AisStats#checkBalanced} checks it. Bad input never throws: decoder
 * exceptions, and even decoder defects (runtime exceptions, reported as {@code MALFORMED_SENTENCE}
 * with a "decoder failure" detail), become rejections.
 *
 * <h2>Cost</h2>
 *
 * Lines are parsed in place in one reused buffer, without regular expressions or per-line strings;
 * single-sentence payloads are handed to the decoder in place, multipart payloads are copied once
 * into reused buffers; a message costs one {@link org.tidewatch.ais.sentence.Reception} (times,
 * stations and talkers are shared between consecutive messages). Memory is constant whatever the
 * input size.
 */
package org.tidewatch.ais.sentence;
