package org.tidewatch.core.delivery;

import java.util.Optional;
import org.tidewatch.core.detect.DraughtChange;

/**
 * Which volume estimate a reading uses, given what was broadcast: a carrier's laden draught, a
 * receiver's laden draught after a transfer, or the giver's drop (fused with the receiver's
 * capacity when both hulls are known). The estimates themselves are {@link VolumeEstimator}'s.
 */
final class TransferVolumes {

  private TransferVolumes() {}

  /** A carrier's own cargo, from its laden draught before the discharge. */
  static VolumeEstimate carrierVolume(Optional<Hull> hull, double laden_m) {
    return hull.map(h -> VolumeEstimator.fromLadenDraught(h, laden_m, Product.REFINED_UNSPECIFIED))
        .orElse(
            VolumeEstimator.unquantified(Product.REFINED_UNSPECIFIED, "hull particulars unknown"));
  }

  /** The giver's drop alone (its particulars needed). */
  static VolumeEstimate giverDrop(Optional<Hull> giver, DraughtChange dc) {
    return giver
        .map(
            h ->
                VolumeEstimator.fromTransfer(
                    h, dc.before_m(), dc.after_m(), Product.REFINED_UNSPECIFIED))
        .orElse(
            VolumeEstimator.unquantified(
                Product.REFINED_UNSPECIFIED, "giver's particulars unknown"));
  }

  /**
   * A transfer at sea: the receiver's laden draught if its rise was broadcast ({@code
   * receiverRise}), else the giver's drop, fused with the receiver's capacity when both hulls are
   * known, else the receiver's laden scenarios when the drop gives nothing.
   */
  static VolumeEstimate atSea(
      Optional<Hull> giver,
      DraughtChange dc,
      Optional<Hull> receiver,
      Optional<DraughtChange> receiverRise) {
    if (receiverRise.isPresent() && receiver.isPresent()) {
      return VolumeEstimator.fromLadenDraught(
          receiver.get(), receiverRise.get().after_m(), Product.REFINED_UNSPECIFIED);
    }
    VolumeEstimate g = giverDrop(giver, dc);
    if (receiver.isPresent() && giver.isPresent()) {
      g = VolumeEstimator.fused(g, giver.get(), receiver.get());
    } else if (receiver.isPresent() && !g.quantified()) {
      g = VolumeEstimator.scenarios(receiver.get(), Product.REFINED_UNSPECIFIED);
    }
    return g;
  }
}
