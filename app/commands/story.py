"""`riwaya story ID...`: several versions of one story at once — its figures with their spread
and relations, and the claims several outlets carry, with who credits whom."""

from __future__ import annotations

import argparse

from app.commands import CommandError, add_command, open_library, print_json, shorten


def register(subparsers) -> argparse.ArgumentParser:
    parser = add_command(
        subparsers,
        "story",
        summary="every version of a story at once: figures and claims across articles",
        description=(
            "Group the figures and claims of several library articles: each figure with the "
            "value every article gives, its spread and the pairwise relations (agree, differs, "
            "conflict); each claim with the articles that carry it, the first to carry it "
            "(by date, when every date is known), whom each credits, and word-for-word copies. "
            "Built from the comparison of every two articles."
        ),
        examples=[
            "riwaya story 1 2 3 4 5",
            "riwaya story 1 2 3 --json > story.json",
            "riwaya story 1 2 3 --save hasakah  # also save them as the collection 'hasakah'",
            "riwaya story --collection hasakah --gui",
        ],
    )
    parser.add_argument("ids", metavar="ID", nargs="*", help="library ids of the articles")
    parser.add_argument(
        "--collection", metavar="NAME", help="the articles of this saved collection"
    )
    parser.add_argument("--save", metavar="NAME", help="save the articles as a collection")
    parser.add_argument(
        "--json",
        action="store_true",
        help='print the "riwaya.story/1" document: articles, claims (members, first, copied) '
        "and figures (topic, members, relations)",
    )
    return parser


def article_ids(args: argparse.Namespace, library) -> list[int]:
    """The ids the command names: its arguments, then the collection's articles."""
    ids = []
    for ref in args.ids:
        text = ref.strip().lstrip("#")
        if not text.isdigit():
            raise CommandError(f"{ref} is not a library id")
        ids.append(int(text))
    if args.collection:
        ids += library.collection(args.collection).article_ids
    if len(dict.fromkeys(ids)) < 2:
        raise CommandError("a story needs two articles at least (give ids or --collection)")
    return list(dict.fromkeys(ids))


def gui_options(args: argparse.Namespace) -> dict:
    """`riwaya story 1 2 3 --gui` opens the window's story view on those articles."""
    if args.collection and not args.ids:
        return {"story_collection": args.collection}
    return {"story": tuple(int(i.strip().lstrip("#")) for i in args.ids)}


def run(args: argparse.Namespace) -> int:
    from services.compare import story_to_json
    from services.library import story_of

    with open_library(args) as library:
        ids = article_ids(args, library)
        story = story_of(library, ids)
        if args.save:
            library.save_collection(args.save, ids)
    if args.json:
        print_json(story_to_json(story))
    else:
        print(format_story(story), end="")
    return 0


def format_story(story) -> str:
    from services.compare import describe

    names = {k: f"#{a.id}" for k, a in enumerate(story.articles)}
    lines = ["Articles"]
    for k, a in enumerate(story.articles):
        lines.append(
            f"  {names[k]:5s} {a.date or '(no date)':12s} {a.source or '—':20s} "
            f"{shorten(a.title, 60)}"
        )
    shared = [f for f in story.figures if len(f.articles) > 1]
    lines += ["", f"Figures ({len(shared)} given by several articles, {len(story.figures)} in all)"]
    for f in story.figures:
        if len(f.articles) < 2:
            continue
        lines.append(f"  {f.topic}  [{_bound(f.low)} – {_bound(f.high)}]")
        for m in f.members:
            lines.append(
                f"    {names[m.article]:5s} s{m.quantity.sentence:<3d} {describe(m.quantity)}"
                f"  «{m.quantity.text}»"
            )
        for r in f.relations:
            a, b = f.members[r.a], f.members[r.b]
            lines.append(
                f"      {r.relation:8s} {names[a.article]} «{a.quantity.text}» · "
                f"{names[b.article]} «{b.quantity.text}»"
            )
    lines += ["", f"Claims carried by several articles ({len(story.claims)})"]
    for c in story.claims:
        first = names[c.first] if c.first is not None else "unknown"
        copied = ", copied" if c.copied else ""
        lines.append(f"  {len(c.articles)} articles, first: {first}{copied}")
        for m in c.members:
            credit = ""
            if m.attribution:
                credit = f"  [{m.attribution.kind}: {m.attribution.source}]"
            lines.append(
                f"    {names[m.article]:5s} s{m.sentence:<3d} {shorten(m.text, 90)}{credit}"
            )
        for k in c.copies:
            a, b = c.members[k.a], c.members[k.b]
            if k.source is None:
                lines.append(
                    f"      word for word {names[a.article]} s{a.sentence} · "
                    f"{names[b.article]} s{b.sentence} ({k.words} words; who copied whom unknown)"
                )
            else:
                first, later = (a, b) if k.source == k.a else (b, a)
                lines.append(
                    f"      copied        {names[later.article]} s{later.sentence} from "
                    f"{names[first.article]} s{first.sentence} ({k.words} words)"
                )
    return "\n".join(lines) + "\n"


def _bound(x: float | None) -> str:
    if x is None:
        return "∞"
    return f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"
