"""Exchanges from giving verbs and who gave: "he bought her vodka", "the drugs he gives her".

A giving verb with a recipient ("gave her") takes the first item after it within the window;
a purchase or payment with a recipient ("bought him a headset", "pays her") is an exchange
even when the thing is not in the item list; failing an item after, an item just before ("the
vapes he gave her", "a new phone ... gave it her") is taken. A verb alone ("provided vodka",
"gave Megan vapes") takes an item close after it; a purchase verb alone needs the item to be
"for her" ("bought vodka for her"), and "gets" needs it "from" someone ("gets stuff from").
Each exchange says who gave: ``family`` (a parent or carer, not an exchange), ``child`` (the
child gave), ``perpetrator`` or ``unknown``.
"""

from __future__ import annotations

from dataclasses import dataclass

from safeguard.indicators._lexicon import Entry, Lexicon
from safeguard.indicators._normalise import Normalised

Match = tuple[int, int, Entry]
Candidate = tuple[int, int, str, str, bool, str | None]  # start, end, group, term, typo, giver

_SETS = {
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
    "girl": "f",
    "daughter": "f",
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "boy": "m",
    "son": "m",
    "they": "t",
    "them": "t",
    "their": "t",
}
# Words that may stand between a mention of the child and the child's own pronoun
# ("the victim, who is 14, she ..."); a reporting verb ("states he ...") is not one of them,
# because the pronoun after it is often someone else.
_BETWEEN = frozenset({"who", "has", "had", "was", "is", "aged", "age", "and"})
# Words between a giving verb's subject and the verb ("he always gives her").
_ADVERBS = frozenset(
    {
        "also",
        "always",
        "often",
        "then",
        "had",
        "has",
        "have",
        "would",
        "will",
        "sometimes",
        "regularly",
        "usually",
        "later",
        "just",
        "even",
        "still",
        "apparently",
        "allegedly",
        "reportedly",
    }
)
# Verbs by which a parent, carer or service provides something ("school arranged a taxi").
_ARRANGING = frozenset(
    {"arranged", "organised", "organized", "booked", "funded", "provided", "got", "bought", "paid"}
)
_POSSESSIVES = frozenset({"his", "her", "their"})
# Words of somewhere to stay: "stays for free at her nan's" is given by family.
_STAYING = frozenset(
    {"stay", "stays", "stayed", "staying", "live", "lives", "living", "lived", "rent", "free"}
)
#: Words skipped before the first word of a giving verb's object ("gets me some bits").
_OBJECT_SKIP = frozenset(
    {
        "a",
        "an",
        "the",
        "his",
        "their",
        "some",
        "new",
        "few",
        "lots",
        "of",
        "loads",
        "free",
        "little",
    }
)
#: Subjects that are things, not givers ("it gave her a fright", "this got her down").
_THING_SUBJECTS = frozenset({"it", "this", "which", "what", "that"})
_CHILD_SUBJECTS = frozenset({"i", "ip", "victim", "yp", "cyp", "misper", "pupil", "subject"})
_DETERMINERS = frozenset({"a", "an", "the", "some", "his", "her", "their"})
#: Model 9: words that start another subject between a family member and "and" ("mum said he
#: is nice and bought her": not mum's giving).
_OTHER_SUBJECTS = frozenset({"he", "she", "they", "i", "we", "who", "man", "male", "men"})
#: Model 9: what binds a family member's gift to secrecy or sexual activity, and how far after
#: the gift (characters) it is read.
_BOUND = (
    "for keeping quiet",
    "to keep quiet",
    "for not telling",
    "not to tell",
    "so she won t tell",
    "so he won t tell",
    "so i wouldn t tell",
    "if i let him",
    "if she lets him",
    "if she let him",
    "if he lets him",
    "for letting him",
    "for sex",
    "for sexual",
)
_BOUND_WITHIN = 40
#: Model 9: a family word after one of these is not a subject ("picks her up from school").
#: Model 10: siblings named as a group ("the brothers"): each other's, not the child's.
_SIBLINGS = frozenset({"brothers", "sisters", "cousins"})
_PREPOSITIONS = frozenset(
    {"from", "to", "at", "near", "with", "by", "for", "of", "outside", "after", "before"}
    | {"round", "around", "into", "in", "off", "about", "behind", "past", "like"}
)
#: Model 9: at most this many words of a family member's first clause before "and".
_COORDINATED = 4
_SUBJECTS = frozenset(
    {
        "he",
        "she",
        "they",
        "that",
        "which",
        "who",
        "man",
        "male",
        "men",
        "males",
        "boyfriend",
        "bf",
        "guy",
        "lad",
        "friend",
    }
)


def _object_phrase(words: list[str], ends: frozenset[str]) -> list[str]:
    """The object's words: past determiners and amounts, up to a word of ``ends`` (a function
    word), at most three.

    A function word first ("got her to", "sent her home from") is kept, so that the caller
    finds it in the list of words that are not objects."""
    i = 0
    while i < len(words) and (words[i] in _OBJECT_SKIP or words[i].isdigit()):
        i += 1
    phrase: list[str] = []
    for word in words[i : i + 3]:
        if phrase and word in ends:
            break
        phrase.append(word)
        if word in ends:
            break
    return phrase


@dataclass(slots=True)
class Giving:
    """What the scanner found that giving is made of: verbs, items, child mentions."""

    norm: Normalised
    lex: Lexicon
    gives: list[Match]
    items: list[Match]
    refs: list[Match]
    _child: str | None = None
    _child_known: bool = False

    @property
    def padded(self) -> str:
        """The normalised text."""
        return self.norm.padded

    def _words_before(self, start: int, count: int) -> list[str]:
        return self.padded[max(0, start - 30) : start].split()[-count:]

    def subject(self, start: int) -> str:
        """The word before a verb, skipping adverbs ("he always gives" gives "he")."""
        for word in reversed(self._words_before(start, 4)):
            if word not in _ADVERBS:
                return word
        return ""

    def _relative(self, words: list[str], recipient: str) -> bool:
        """Whether the last of ``words`` is the child's parent or carer: a family word that
        is not someone else's ("his brother gives her": the perpetrator's brother)."""
        if not words or words[-1] not in self.lex.family:
            return False
        if len(words) > 1 and words[-2] in _PREPOSITIONS:
            return False  # model 10: "not at school, pays her": a place, not the subject
        if len(words) > 1 and words[-2] == "the" and words[-1] in _SIBLINGS:
            return False  # model 10: "the brothers give them weed": a pair of men, not hers
        owner = _SETS.get(words[-2]) if len(words) > 1 and words[-2] in _POSSESSIVES else None
        child = _SETS.get(recipient)
        return owner is None or child is None or owner == child

    def _coordinated(self, start: int, recipient: str) -> bool:
        """Model 9: the family member is the subject of a clause joined by "and" just before
        the verb ("mum collected her and bought her"), with no other subject between, nor just
        before it ("he met her mum and bought her" is his giving)."""
        before = self.padded[max(0, start - 45) : start].split()[:-1]
        for i in range(len(before) - 1, max(-1, len(before) - _COORDINATED - 2), -1):
            if before[i] in _OTHER_SUBJECTS:
                return False
            if before[i] in self.lex.family:  # the subject: no other subject just before it
                # "picks her up from school and buys her": :meth:`_relative` refuses a family
                # word after a preposition
                subject = _OTHER_SUBJECTS.isdisjoint(before[max(0, i - 3) : i])
                return subject and self._relative(before[: i + 1], recipient)
        return False

    def family_gave(self, start: int, end: int, recipient: str = "") -> bool:
        """A parent or carer is the giver: the verb's subject, the subject of an arranging verb
        just before ("police arranged a free taxi"), or "from/by her mum" after.

        ``recipient`` is the giving verb's recipient ("her" in "gives her"), if any.
        """
        words = self._words_before(start, 4)
        if words and words[-1] not in _ADVERBS:  # most often: the word before is the subject
            core = words
        else:
            core = [w for w in words if w not in _ADVERBS]
        if self._relative(core, recipient):
            return True  # the subject, as in :meth:`subject`
        if words and words[-1] == "and" and self._coordinated(start, recipient):
            return True  # "mum collected her and bought her a McDonald's"
        if words and (words[-1] in _ARRANGING or words[-1] in _DETERMINERS):
            before = [w for w in words if w not in _DETERMINERS]
            if len(before) >= 2 and before[-1] in _ARRANGING and before[-2] in self.lex.family:
                return True
        after = self.padded[end : end + 30].split()[:3]
        if after and (
            after[0] in ("from", "by")
            or (
                after[0] in ("at", "with") and _STAYING.intersection(self.padded[start:end].split())
            )
        ):  # "from her mum"; somewhere to stay "at her nan's", "with her aunt"
            rest = [w for w in after[1:] if w not in _DETERMINERS]
            return bool(rest) and rest[0] in self.lex.family
        return False

    def child_set(self) -> str | None:
        """Which pronoun set the narrative uses for the child (f, m, t), or None if unclear."""
        if self._child_known:
            return self._child
        self._child_known = True
        for _start, end, entry in sorted(self.refs, key=lambda m: m[0]):
            word = entry.term.split()[-1]
            if word in _SETS:
                self._child = _SETS[word]
                return self._child
            for token in self.padded[end : end + 40].split()[:4]:
                if token in _SETS and token not in ("her", "his", "their", "him", "them"):
                    self._child = _SETS[token]
                    return self._child
                if token not in _BETWEEN and not token.isdigit():
                    break
        return None

    def giver(self, give: Match, end: int) -> str:
        """Who gave, for the giving verb ``give`` whose exchange ends at ``end``."""
        start, _, entry = give
        recipient = entry.group.split()[-1] if entry.group else ""
        if self.family_gave(start, end, recipient) and not self._bound(end):
            return "family"
        if entry.kind == "pass" or entry.flag == "from":
            return "unknown"  # the subject of "was given", "gets ... from" is the receiver
        if recipient == "you":  # reported speech to the child: "I got you the room"
            return "perpetrator"
        subject = self.subject(start)
        if subject in _CHILD_SUBJECTS:
            return "child"
        if recipient == "me":
            return "perpetrator"
        if subject in _SETS and (recipient in _SETS or entry.kind == "alone"):
            child = self.child_set()
            if (
                child is not None
                and _SETS[subject] == child
                and (recipient not in _SETS or _SETS[recipient] != child)
            ):
                return "child"
            if child is not None and recipient in _SETS and _SETS[subject] != _SETS[recipient]:
                return "perpetrator"
        return "unknown"

    def _bound(self, end: int) -> bool:
        """Model 9: what a family member gave is bound to secrecy or to sexual activity just
        after it ("gives her money for keeping quiet", "sweets if I let him touch"): an
        exchange, from the family member who abuses the child."""
        after = self.padded[end : end + _BOUND_WITHIN]
        return any(f" {phrase} " in after for phrase in _BOUND)

    def _item_after(self, give: Match, window: int) -> Match | None:
        limit = give[1] + window
        later = [g[0] for g in self.gives if give[1] <= g[0] < limit]
        limit = min(later) if later else limit  # what comes after the next verb is its own
        item = next((m for m in self.items if give[1] - 1 <= m[0] <= limit), None)
        if item is None or self.padded[max(0, item[0] - 5) : item[0]].endswith(" own "):
            return None  # "her own drink" is hers
        return item

    def _item_before(self, give: Match) -> Match | None:
        """An item just before the verb, when the verb ends its phrase ("the drugs he gives
        her", "a new phone ... gave it her")."""
        after = self.padded[give[1] : give[1] + 12].split()
        if after and after[0] in _DETERMINERS and not give[2].group.startswith("it"):
            return None  # "he gave her a hug": something else follows
        reach = 45 if give[2].group.startswith("it") else 25
        before = [m for m in self.items if m[1] <= give[0] and give[0] - m[1] <= reach]
        if not before:
            return None
        item = before[-1]
        gap = self.padded[item[1] : give[0]].split()
        if gap and any(w in _SUBJECTS for w in gap) and self.norm.same_sentence(item[1], give[0]):
            return item
        return None

    def _followed(self, flag: str, end: int) -> bool:
        """Whether the item ending at ``end`` is then "for her" (flag "for") or "from"."""
        if flag == "from":  # "gets stuff from", "got weed off him"
            return self.padded.startswith((" from ", " off "), end)
        tail = self.padded[end - 1 : end + 30]
        return any(r in tail for r in self.lex.for_recipients)

    def _one(self, give: Match) -> tuple[int, int, str] | None:
        """The span and term of the exchange this verb makes, if any."""
        start, stop, entry = give
        window = self.lex.alone_window if entry.kind == "alone" else self.lex.give_window
        item = self._item_after(give, window)
        if item is not None and not self.norm.same_sentence(start, item[1] - 1):
            item = None  # model 10: "bought it him after he sent pics. Phone seized": not it
        if item is not None:
            if entry.flag and entry.kind == "alone" and not self._followed(entry.flag, item[1]):
                return None
            return start, item[1], f"{entry.term} ... {item[2].term}"
        if entry.kind != "give":
            return None
        if entry.flag == "any":  # any object but what is said, shown or done to the child
            found = self._any_object(give)
            if found is not None:
                return found
        if entry.flag == "open":  # the verb and up to two words, within the sentence
            words = self.padded[stop : stop + 30].split()[:2]
            while words:
                end = stop + 1 + len(" ".join(words))
                if self.norm.same_sentence(start, end - 1):
                    return start, end, f"{entry.term} ..."
                words.pop()
            return start, stop, f"{entry.term} ..."
        before = self._item_before(give)
        if before is not None:
            return before[0], stop, f"{before[2].term} ... {entry.term}"
        return None

    def _any_object(self, give: Match) -> tuple[int, int, str] | None:
        """Model 6: a giving verb + recipient with any object ("gets me bits", "sending her
        parcels"). The object is the words after it (past determiners and amounts) up to a
        function word, at most three, within the sentence; none may be a word of
        :attr:`Lexicon.not_objects` ("gave her a big hug") or the next one of
        :attr:`Lexicon.not_object_heads` ("his phone number"); nor may the subject be a thing
        ("it gave her a fright")."""
        start, stop, entry = give
        if self.subject(start) in _THING_SUBJECTS:
            return None
        if " it " in f" {entry.term} ":  # "got it her": the object is already said
            return start, stop, entry.term
        end = self.norm.boundary_after(stop, stop + 60, clause=False)
        words = self.padded[stop : stop + 60].split()[:8]
        words = words[: len(self.norm.text[self.norm.to_original(stop) : end].split())]
        if entry.term.endswith(" in") and words and words[0] in _DETERMINERS:
            return None  # "keeps her in the house" is not "keeps her in vapes"
        phrase = _object_phrase(words, self.lex.object_ends)
        if not phrase:
            return None
        lex = self.lex
        if any(w in lex.not_objects or w in lex.not_object_heads for w in phrase):
            return None
        end = self.padded.find(f" {phrase[0]} ", stop - 1) + len(phrase[0]) + 1
        if not self.norm.same_sentence(start, end - 1):
            return None
        return start, end, f"{entry.term} ..."

    def exchanges(self) -> list[Candidate]:
        """Every exchange made by a giving verb, with who gave."""
        out: list[Candidate] = []
        for give in self.gives:
            found = self._one(give)
            if found is not None:
                start, end, term = found
                out.append((start, end, "exchange", term, give[2].typo, self.giver(give, end)))
        return out
