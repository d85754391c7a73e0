package org.yikatong.ledger.application;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.yikatong.card.domain.CardHolderType;

/**
 * A card holder to register together with the first card and the main purse.
 *
 * @param holderNo student or staff number, unique
 * @param fullName name as printed on the card
 * @param type student, staff or visitor
 * @param department faculty or office, may be empty
 * @param cardSerialNo serial number of the first card, unique; none to issue the card later (with
 *     its deposit, see {@link CardCounter#issue})
 * @param cardExpiresOn last day the card is valid; required with a card
 * @param openingBalanceFen purse balance to open with, in fen (carried over from the previous
 *     system, posted as an opening entry)
 * @param group the group access rules look at, such as {@code UNDERGRADUATE}; may be empty
 */
public record NewCardHolder(
    @NotBlank
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,31}",
            message =
                "2-32 letters, digits, '.', '_' or '-': the holder number is also the login name")
        String holderNo,
    @NotBlank @Size(max = 100) String fullName,
    @NotNull CardHolderType type,
    @Size(max = 100) String department,
    @Pattern(regexp = "[A-Za-z0-9]{4,32}") String cardSerialNo,
    @Future LocalDate cardExpiresOn,
    @PositiveOrZero long openingBalanceFen,
    @Pattern(regexp = "[A-Z0-9_]{1,32}") String group) {}
