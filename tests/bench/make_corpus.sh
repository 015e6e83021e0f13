#!/usr/bin/env bash
# Writes N varied bank repositories under DIR from samples/eksempelbanken, with planted defects.
#
# Usage: make_corpus.sh N DIR
#
# Each DIR/bankNNNNN holds dsop.yaml, consent/{test,prod}-request.json, texts/{samtykke.nb,
# samtykke.nn,consent.en}.md and docs/integrasjonstest-rapport.pdf. Everything varies with the
# repository's index through a Park-Miller generator computed in awk (so mawk and gawk give the
# same bytes): the bank's name (with æ, ø, å), a valid orgnr (mod-11), the supplier, client_id
# UUIDs, the mail and web domain, valid_days (with texts saying the same), the grant's lifetime,
# the certificates' expiry and the texts' length (0-4 extra paragraphs, under TXT015's 1500
# characters; 12-24 in the long-text repositories: 2.5 to 5 KB).
# Defects are planted in a fixed share of repositories; DIR/planted.tsv lists each with the
# findings it must give (index, defect, rule, count):
#   every 7th:  the prod Altinn base_url is the test host                      ALT001
#   every 10th: the nb text says "60 dager" where valid_days is 90             TXT012, 2 x TXT013
#   every 11th: the three texts are several KB long                            3 x TXT015
#   every 13th: a duplicate key (accept) in the test skatteetaten section      DSOP002
#   every 17th: a misspelled field (presentaton) in the test altinn section    DSOP003, DSOP004
# Repositories without a planted defect lint clean.
# Only bash, coreutils and awk (mawk or gawk) are needed; one awk process writes all the files.
set -euo pipefail
if [ $# -ne 2 ] || ! [[ $1 =~ ^[0-9]+$ ]]; then
  echo "usage: make_corpus.sh N DIR" >&2
  exit 2
fi
n=$1 dir=$2
sample=$(cd "$(dirname "$0")/../../samples/eksempelbanken" && pwd)
rm -rf "$dir"
mkdir -p "$dir"
# One mkdir for all folders (xargs splits the list at the system's argument limit).
seq -f "$dir/bank%05g" 1 "$n" | awk '{ print $0 "/consent"; print $0 "/texts"; print $0 "/docs" }' |
  xargs -r mkdir -p

LC_ALL=C awk -v n="$n" -v dir="$dir" -v sample="$sample" '
function slurp(path,   line, s) {
  s = ""
  while ((getline line < path) > 0) s = s line "\n"
  close(path)
  return s
}
# Park-Miller minimal standard generator: exact in double precision, identical in every awk.
function rnd(m) { seed = (seed * 16807) % 2147483647; return int(seed / 2147483647 * m) }
function pick(list,   parts, k) { k = split(list, parts, "|"); return parts[rnd(k) + 1] }
function hex(len,   s, i) { s = ""; for (i = 0; i < len; i++) s = s substr("0123456789abcdef", rnd(16) + 1, 1); return s }
function uuid() { return hex(8) "-" hex(4) "-4" hex(3) "-" substr("89ab", rnd(4) + 1, 1) hex(3) "-" hex(12) }
function orgnr(   s, sum, i, d, r, check) {
  while (1) {
    s = (rnd(2) ? "9" : "8"); sum = w[1] * s
    for (i = 2; i <= 8; i++) { d = rnd(10); s = s d; sum += w[i] * d }
    r = sum % 11
    check = (r == 0) ? 0 : 11 - r
    if (check != 10) return s check
  }
}
# Literal replacement of every occurrence (no regular expressions, no & in the replacement).
function repl(s, from, to,   out, k) {
  out = ""
  while ((k = index(s, from)) > 0) { out = out substr(s, 1, k - 1) to; s = substr(s, k + length(from)) }
  return out s
}
function slug(s) {
  s = repl(s, "Æ", "ae"); s = repl(s, "æ", "ae"); s = repl(s, "Ø", "o"); s = repl(s, "ø", "o")
  s = repl(s, "Å", "a"); s = repl(s, "å", "a"); s = tolower(s); gsub(/[^a-z0-9]/, "", s)
  return s
}
# The sample text with `extra` paragraphs from pool p inserted before the paragraph starting at `mark`.
function grow(text, p, mark, extra,   k, add, j) {
  add = ""
  for (j = 0; j < extra; j++) add = add pool[p, (start + j) % npool] "\n\n"
  k = index(text, mark)
  return substr(text, 1, k - 1) add substr(text, k)
}
# A date from 2027-07 to 2029-12: never within the CERT006 warning window of the --today the benchmark uses.
function expiry(   y) { y = 2027 + rnd(3); return y "-" sprintf("%02d", (y == 2027 ? 7 + rnd(6) : 1 + rnd(12))) "-" sprintf("%02d", 1 + rnd(28)) }
function plant(i, defect, rule, count) { printf "%d\t%s\t%s\t%d\n", i, defect, rule, count > manifest }
function put(path, s) { printf "%s", s > path; close(path) }
BEGIN {
  split("3 2 7 6 5 4 3 2", w, " ")
  cfg = slurp(sample "/dsop.yaml")
  tpl_test = slurp(sample "/consent/test-request.json")
  tpl_prod = slurp(sample "/consent/prod-request.json")
  txt_nb = slurp(sample "/texts/samtykke.nb.md")
  txt_nn = slurp(sample "/texts/samtykke.nn.md")
  txt_en = slurp(sample "/texts/consent.en.md")
  pdf = slurp(sample "/docs/integrasjonstest-rapport.pdf")
  places = "Ærøy|Østfold|Bø|Åsnes|Ørland|Søgne|Hægebostad|Vågå|Fjære|Rødøy|Lærdal|Sør-Varanger|Hå|Ål|Tønsberg|Nærøy|Skjåk|Grue|Hjartdal|Eidsberg|Sunndal|Flekkefjord|Lom|Voss|Valle"
  kinds = "Sparebank|Sparebank|Kredittbank ASA|Bank ASA|Sparebank AS|Landbruksbank AS"
  suppliers = "Integrasjonspartner AS|Bankdata Nord AS|Kjernebank Drift AS|Fjellnett Integrasjon AS"
  split(suppliers, sp, "|")
  for (j = 0; j < 4; j++) { seed = 7919 + j; supplier_orgnr[j] = orgnr() }
  npool = 6
  pool["nb", 0] = "Opplysningene brukes bare til å vise oversikten i nettbanken. Vi deler dem ikke med andre, og vi bruker dem ikke til markedsføring."
  pool["nb", 1] = "Det er daglig leder eller en annen person med rett til å signere for bedriften som gir samtykket i Altinn. Har du ikke denne rettigheten, kan du be om den i Altinn."
  pool["nb", 2] = "Oversikten viser beløp, forfallsdato og status for hvert krav. Innbetalinger som ennå ikke er plassert mot et krav, vises for seg."
  pool["nb", 3] = "Vi lagrer opplysningene så lenge samtykket gjelder. Når samtykket har utløpt, sletter vi opplysningene fra nettbanken."
  pool["nb", 4] = "Skatteetaten er ansvarlig for opplysningene de gir oss. Mener du at noe er feil, må du kontakte Skatteetaten direkte."
  pool["nb", 5] = "Du ser hvilke samtykker du har gitt, og kan trekke dem tilbake, under Tilganger i Altinn."
  pool["nn", 0] = "Opplysningane blir berre brukte til å vise oversikta i nettbanken. Vi deler dei ikkje med andre, og vi bruker dei ikkje til marknadsføring."
  pool["nn", 1] = "Det er dagleg leiar eller ein annan person med rett til å signere for verksemda som gir samtykket i Altinn. Har du ikkje denne retten, kan du be om han i Altinn."
  pool["nn", 2] = "Oversikta viser beløp, forfallsdato og status for kvart krav. Innbetalingar som enno ikkje er plasserte mot eit krav, blir viste for seg."
  pool["nn", 3] = "Vi lagrar opplysningane så lenge samtykket gjeld. Når samtykket har gått ut, slettar vi opplysningane frå nettbanken."
  pool["nn", 4] = "Skatteetaten er ansvarleg for opplysningane dei gir oss. Meiner du at noko er feil, må du kontakte Skatteetaten direkte."
  pool["nn", 5] = "Du ser kva samtykke du har gitt, og kan trekkje dei tilbake, under Tilgangar i Altinn."
  pool["en", 0] = "The information is used only to show the overview in the online bank. We do not share it with others, and we do not use it for marketing."
  pool["en", 1] = "The general manager or another person who may sign for the business gives the consent in Altinn. If you do not have this right, you can ask for it in Altinn."
  pool["en", 2] = "The overview shows the amount, due date and status of each claim. Payments not yet allocated to a claim are shown separately."
  pool["en", 3] = "We keep the information for as long as the consent is valid. Once the consent has expired, we delete the information from the online bank."
  pool["en", 4] = "Skatteetaten is responsible for the information it gives us. If you believe something is wrong, contact Skatteetaten directly."
  pool["en", 5] = "You can see which consents you have given, and withdraw them, under Access in Altinn."
  manifest = dir "/planted.tsv"
  printf "" > manifest
  for (i = 1; i <= n; i++) {
    seed = (i * 48271) % 2147483647
    for (j = 0; j < 3; j++) rnd(2)
    place = pick(places); kind = pick(kinds)
    name = place " " kind
    short = name; sub(/ (ASA|AS)$/, "", short)
    domain = slug(place) (kind ~ /^Sparebank/ ? "sparebank" : kind ~ /^Kreditt/ ? "kreditt" : "bank") ".no"
    web = pick("nettbank|bedrift|bank")
    bank_orgnr = orgnr()
    s = rnd(4); supplier = sp[s + 1]
    days = (i % 10 == 0) ? 90 : pick("30|60|90|90")
    lifetime = pick("30|60|60|90|120")
    expires_test = expiry(); expires_prod = expiry()
    extra = (i % 11 == 0) ? 12 + rnd(13) : rnd(5); start = rnd(npool)
    d = dir "/" sprintf("bank%05d", i)

    c = cfg
    c = repl(c, "Fjordbanken ASA", name)
    c = repl(c, "fjordbanken.no", domain)
    c = repl(c, "nettbank." domain, web "." domain)
    c = repl(c, "947182536", bank_orgnr)
    c = repl(c, "Integrasjonspartner AS", supplier)
    c = repl(c, "926340786", supplier_orgnr[s])
    c = repl(c, "2edd5f64-d54f-4740-b957-45380b3d7f7d", uuid())
    c = repl(c, "39770c5e-4d0c-4688-98d5-ea765cb64027", uuid())
    c = repl(c, "valid_days: 90", "valid_days: " days)
    c = repl(c, "lifetime_seconds: 60", "lifetime_seconds: " lifetime)
    c = repl(c, "expires: 2028-03-14", "expires: " expires_test)
    c = repl(c, "expires: 2028-05-02", "expires: " expires_prod)
    if (i % 7 == 0) {
      c = repl(c, "base_url: https://platform.altinn.no", "base_url: https://platform.tt02.altinn.no")
      plant(i, "test-host-in-prod", "ALT001", 1)
    }
    if (i % 13 == 0) {
      k = index(c, "      accept: application/json\n")
      c = substr(c, 1, k - 1) "      accept: application/json\n" substr(c, k)
      plant(i, "duplicate-key", "DSOP002", 1)
    }
    if (i % 17 == 0) {
      k = index(c, "      presentation: redirect")
      c = substr(c, 1, k - 1) "      presentaton: redirect" substr(c, k + length("      presentation: redirect"))
      plant(i, "misspelled-field", "DSOP003", 1)
      plant(i, "misspelled-field", "DSOP004", 1)
    }
    put(d "/dsop.yaml", c)

    t = repl(repl(tpl_test, "947182536", bank_orgnr), "fjordbanken.no", domain)
    put(d "/consent/test-request.json", t)
    t = repl(repl(tpl_prod, "947182536", bank_orgnr), "fjordbanken.no", domain)
    put(d "/consent/prod-request.json", repl(t, "nettbank." domain, web "." domain))

    t = grow(txt_nb, "nb", "Samtykket varer", extra)
    t = repl(repl(repl(t, "Fjordbanken", short), "fjordbanken.no", domain), "90 dager", ((i % 10 == 0) ? 60 : days) " dager")
    if (i % 10 == 0) { plant(i, "text-days-mismatch", "TXT012", 1); plant(i, "text-days-mismatch", "TXT013", 2) }
    if (i % 11 == 0) plant(i, "long-texts", "TXT015", 3)
    put(d "/texts/samtykke.nb.md", t)
    t = grow(txt_nn, "nn", "Samtykket varer", extra)
    put(d "/texts/samtykke.nn.md", repl(repl(repl(t, "Fjordbanken", short), "fjordbanken.no", domain), "90 dagar", days " dagar"))
    t = grow(txt_en, "en", "The consent lasts", extra)
    put(d "/texts/consent.en.md", repl(repl(repl(t, "Fjordbanken", short), "fjordbanken.no", domain), "90 days", days " days"))
    put(d "/docs/integrasjonstest-rapport.pdf", pdf)
  }
  close(manifest)
}'
