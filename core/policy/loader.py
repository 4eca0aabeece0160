"""Load a policy pack: national.yaml, then the region (640000.yaml), then the county if it has a layer.

Each file is checked on its own (YAML syntax, repeated keys, the schema, its header), then the layers
are merged and the references between them checked (sources, groups, periods, required rules).
Any problem stops the load with a PolicyError that names the file and line.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from pathlib import Path

from core.policy.assemble import Assembler, LayerFile, parse_date
from core.policy.errors import PolicyCode, PolicyError
from core.policy.model import LayerInfo, Policy, PolicyRef
from core.policy.validate import header_problems, key_problems, schema_problems
from core.policy.yamldoc import YamlSyntaxError, read_yaml
from core.problems import Problem, error

NINGXIA = "640000"
NATIONAL_FILE = "national.yaml"
_CODE = re.compile(r"\d{6}")


def load_policy(policy_dir: Path, county: str | None, region: str = NINGXIA) -> Policy:
    """The merged pack for `county` (or the region alone); a county with no layer uses the region's."""
    problems = _argument_problems(policy_dir, county, region)
    if problems:
        raise PolicyError(problems)
    planned = [
        ("national", "CN", policy_dir / NATIONAL_FILE),
        ("region", region, policy_dir / f"{region}.yaml"),
    ]
    if county is not None and (policy_dir / f"{county}.yaml").is_file():
        planned.append(("county", county, policy_dir / f"{county}.yaml"))

    layers: list[LayerFile] = []
    for level, code, path in planned:
        layer, found = _read_layer(level, code, path)
        problems.extend(found)
        if layer is not None:
            layers.append(layer)
    if problems:
        raise PolicyError(problems)

    pack = str(_layer_block(layers[0]).get("pack"))
    for layer in layers:
        problems.extend(header_problems(layer.doc, layer.path.name, layer.level, layer.code, pack))
    if problems:
        raise PolicyError(problems)

    assembler = Assembler(layers)
    policy_parts = assembler.assemble()
    if assembler.problems:
        raise PolicyError(assembler.problems)

    infos = tuple(_layer_info(layer) for layer in layers)
    most_specific = infos[-1]
    ref = PolicyRef(f"{pack}/{most_specific.code}", most_specific.version, content_hash(layers))
    return Policy(
        ref=ref,
        region=region,
        county=county,
        layers=infos,
        sources=policy_parts.sources,
        rules=policy_parts.rules,
        groups=policy_parts.groups,
        figures=policy_parts.figures,
    )


def content_hash(layers: list[LayerFile]) -> str:
    """sha256 over the canonical JSON of every layer in order: comments and layout do not count."""
    digest = hashlib.sha256()
    for layer in layers:
        canonical = json.dumps(layer.data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        digest.update(canonical.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def _argument_problems(policy_dir: Path, county: str | None, region: str) -> list[Problem]:
    problems = []
    if not policy_dir.is_dir():
        problems.append(error(PolicyCode.DIR_MISSING, None, directory=str(policy_dir)))
    if not _CODE.fullmatch(region) or (county is not None and not _valid_county(county, region)):
        problems.append(error(PolicyCode.BAD_COUNTY, None, county=str(county), region=region))
    return problems


def _valid_county(county: str, region: str) -> bool:
    return bool(_CODE.fullmatch(county)) and county[:2] == region[:2] and county != region


def _read_layer(level: str, code: str, path: Path) -> tuple[LayerFile | None, list[Problem]]:
    file = path.name
    if not path.is_file():
        return None, [error(PolicyCode.FILE_MISSING, None, file=file, directory=str(path.parent))]
    try:
        doc = read_yaml(path)
    except YamlSyntaxError as exc:
        return None, [error(PolicyCode.YAML_SYNTAX, None, file=file, line=exc.line, detail=exc.detail)]
    except (OSError, UnicodeDecodeError) as exc:
        return None, [error(PolicyCode.UNREADABLE, None, file=file, detail=str(exc))]
    problems = key_problems(doc, file)
    if not problems:
        problems = schema_problems(doc, file)
    return LayerFile(level, code, path, doc), problems


def _layer_block(layer: LayerFile) -> Mapping[str, object]:
    block = layer.data.get("layer")
    return block if isinstance(block, Mapping) else {}


def _layer_info(layer: LayerFile) -> LayerInfo:
    block = _layer_block(layer)
    signed_on = block.get("signed_off_on")
    signed_by = block.get("signed_off_by")
    return LayerInfo(
        level=layer.level,
        code=str(block.get("code")),
        name=str(block.get("name")),
        version=str(block.get("version")),
        file=layer.path.name,
        signed_off_by=signed_by if isinstance(signed_by, str) else None,
        signed_off_on=parse_date(signed_on) if isinstance(signed_on, str) else None,
    )
