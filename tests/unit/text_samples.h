// Consent texts shared by the text-kind unit tests: one correct text per language (Eksempelbanken, 90 days).
#pragma once

namespace lint::testing {

inline constexpr const char* kNb =
    "# Samtykke til å hente krav og betalinger\n\n"
    "Eksempelbanken ber om samtykke til å hente opplysninger om krav og betalinger for bedriften din fra "
    "Skatteetaten. Da ser du i nettbanken hva bedriften skylder, og hva den har betalt.\n\n"
    "Samtykket varer i 90 dager. Du kan når som helst trekke samtykket tilbake i Altinn.\n\n"
    "Har du spørsmål? Skriv til kundeservice@eksempelbanken.no eller les mer på "
    "https://www.eksempelbanken.no/samtykke.\n";

inline constexpr const char* kNn =
    "# Samtykke til å hente krav og innbetalingar\n\n"
    "Eksempelbanken ber om samtykke til å hente opplysningar om krav og innbetalingar for verksemda di frå "
    "Skatteetaten. Då ser du i nettbanken kva verksemda skuldar, og kva ho har betalt.\n\n"
    "Samtykket varer i 90 dagar. Du kan når som helst trekkje samtykket tilbake i Altinn.\n\n"
    "Har du spørsmål? Skriv til kundeservice@eksempelbanken.no eller les meir på "
    "https://www.eksempelbanken.no/samtykke.\n";

inline constexpr const char* kEn =
    "# Consent to fetch claims and payments\n\n"
    "Eksempelbanken asks for your consent to fetch information about your business's claims and payments from "
    "Skatteetaten, the Norwegian Tax Administration. You can then see in the online bank what your business owes.\n\n"
    "The consent lasts 90 days. You can withdraw your consent at any time in Altinn.\n\n"
    "Questions? Write to kundeservice@eksempelbanken.no or read more at https://www.eksempelbanken.no/samtykke.\n";

}  // namespace lint::testing
