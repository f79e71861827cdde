"""The fast paths say the same as the plain ones (no timings here: see benchmarks/)."""

from __future__ import annotations

import json
from dataclasses import replace

from dedup.report import render_all, streamers
from dedup.report.json_report import render_json, result_document, write_json
from tests.report_fixtures import big_city, hostile_city, small_city


def test_streamed_json_is_the_result_document():
    for analysis in (small_city(), hostile_city(), big_city(300)):
        data = render_json(analysis)
        assert json.loads(data) == json.loads(json.dumps(result_document(analysis), default=str))
        chunks: list[bytes] = []
        write_json(analysis, chunks.append)
        assert b"".join(chunks) == data


def test_streamed_json_keeps_empty_lists_and_one_record_per_line():
    a = small_city()
    empty = replace(a, overlaps=(), clusters=(), recommendations=())
    document = json.loads(render_json(empty))
    assert document["overlaps"] == [] and document["clusters"] == []
    lines = render_json(a).decode().splitlines()
    assert sum(1 for line in lines if line.startswith('  {"id":"S')) == len(a.systems)


def test_json_keeps_values_the_fast_encoder_refuses():
    a = small_city()
    huge = replace(a.systems[0], users=10**30)  # beyond 64 bits: orjson refuses it
    document = json.loads(render_json(replace(a, systems=(huge, *a.systems[1:]))))
    assert document["systems"][0]["users"] == 10**30
    assert document["systems"][0]["contract_end"] == a.systems[0].contract_end.isoformat()
    # the streamed bytes say exactly what the in-memory document says
    assert json.loads(render_json(a)) == json.loads(json.dumps(result_document(a), default=str))


def test_render_all_times_every_output():
    names = [name for name, seconds in render_all(small_city()) if seconds >= 0]
    assert names == list(streamers("fi"))
