package org.tidewatch.ais.message;

/**
 * Message 22: channel management (ITU-R M.1371-5 §3.3.7.19, table 82). The addressed flag selects
 * between two layouts of bits 69-138: a rectangular area ({@link ChannelManagementArea}) or two
 * addressed stations ({@link ChannelManagementAddressed}).
 */
public sealed interface ChannelManagement extends AisMessage
    permits ChannelManagementArea, ChannelManagementAddressed {
  /** Channel number of channel A (ITU-R M.1084). */
  int channelA();

  /** Channel number of channel B. */
  int channelB();

  /** Tx/Rx mode (0-3; 4 bits transmitted). */
  int txRxMode();

  /** {@code true} for low power. */
  boolean lowPower();

  /** Channel A bandwidth flag ({@code true} = 12.5 kHz). */
  boolean bandA();

  /** Channel B bandwidth flag. */
  boolean bandB();

  /** Transitional zone size code (n + 1 nautical miles). */
  int zoneSize();
}
