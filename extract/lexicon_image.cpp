// Lexicon::image and Lexicon::from_image: every member of a built lexicon, in order, as bytes
// (image_io.hpp). The build stores the built-in lexicon so (lexicon_image_gen.cpp), and start-up
// copies its tables back instead of parsing the JSON and building them. Each type lists its
// fields once, for writing and reading alike.
#include "extract/image_io.hpp"
#include "extract/lexicon.hpp"

namespace evkg {

// (in evkg, not in an unnamed namespace: the image's writer and reader find these by
// argument-dependent lookup)
template <typename Io, ImageOf<CountryInfo> C>
void image_fields(Io& io, C& c) {
  io(c.code, c.id, c.label, c.aliases, c.demonyms, c.capital, c.capital_aliases, c.seats, c.seat_city, c.cities, c.combining, c.historic);
}

template <typename Io, ImageOf<OrgInfo> O>
void image_fields(Io& io, O& o) {
  io(o.key, o.id, o.label, o.kind, o.aliases, o.demonyms, o.seat, o.meetings_of);
}

template <typename Io, ImageOf<Position> P>
void image_fields(Io& io, P& p) {
  io(p.role, p.country, p.org, p.from, p.to);
}

template <typename Io, ImageOf<PersonInfo> P>
void image_fields(Io& io, P& p) {
  io(p.id, p.name, p.gender, p.variants, p.positions, p.surname, p.family_first);
}

template <typename Io, ImageOf<TitleInfo> T>
void image_fields(Io& io, T& t) {
  io(t.key, t.label, t.head, t.form_countries);
}

template <typename Io, ImageOf<TriggerInfo> T>
void image_fields(Io& io, T& t) {
  io(t.relation, t.frame, t.noun, t.passive_ok);
}

template <typename Io, typename Self>
void Lexicon::image_fields(Io& io, Self& l) {
  io(l.countries_, l.orgs_, l.people_, l.titles_, l.triggers_, l.places_, l.event_kinds_, l.cue_kinds_,
     l.unrealised_infinitive_nouns_, l.honorifics_, l.person_nouns_, l.outlets_, l.female_names_, l.male_names_, l.pending_, l.index_, l.keys_,
     l.words_, l.pair_bits_, l.pair_mask_, l.entries_, l.holders_, l.latest_year_, l.country_by_code_,
     l.org_by_key_, l.title_by_key_, l.country_by_combining_form_);
}

std::string Lexicon::image() const {
  ImageWriter out;
  image_fields(out, *this);
  return out.bytes();
}

Lexicon Lexicon::from_image(std::string_view bytes) {
  ImageReader in(bytes);
  Lexicon l;
  image_fields(in, l);
  if (!in.at_end()) throw Error("lexicon image: bytes after the end");
  return l;
}

}  // namespace evkg
