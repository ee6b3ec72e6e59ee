"""Message texts: lab import and the FHIR/registry exports (issue 17)."""

MESSAGES: dict[str, dict[str, str]] = {
    "interop.import.stored": {
        "en": "{file}: {stored} lab results stored, {unmatched} unmatched ({control_id})",
        "zh_CN": "{file}：已导入 {stored} 项检验结果，{unmatched} 项未匹配（{control_id}）",
    },
    "interop.import.duplicate": {
        "en": "{file}: already imported, nothing added ({control_id})",
        "zh_CN": "{file}：此前已导入，未重复添加（{control_id}）",
    },
    "interop.import.refused": {
        "en": "{file}: refused, nothing stored: {where}: {problem}",
        "zh_CN": "{file}：已拒收，未保存任何内容：{where}：{problem}",
    },
    "interop.import.alert": {
        "en": "{file}: bed {bed}: new alert {alert}",
        "zh_CN": "{file}：{bed} 床：新警示 {alert}",
    },
    "interop.export.fhir_done": {
        "en": "FHIR R4 bundle written: {path} ({resources} resources, {episodes} admissions, "
        "sha256 {sha256})",
        "zh_CN": "FHIR R4 数据包已写出：{path}（{resources} 个资源，{episodes} 次住院，"
        "sha256 {sha256}）",
    },
    "interop.export.registry_done": {
        "en": "Registry CSV written: {path} ({rows} CRS/ICANS episodes, sha256 {sha256})",
        "zh_CN": "登记表 CSV 已写出：{path}（{rows} 个 CRS/ICANS 事件，sha256 {sha256}）",
    },
    "interop.error.unknown_episode": {
        "en": "No admission with id {id}",
        "zh_CN": "没有编号为 {id} 的住院记录",
    },
    "interop.error.write": {
        "en": "Cannot write {path}: {detail}",
        "zh_CN": "无法写入 {path}：{detail}",
    },
    "interop.unmatched.unknown_patient": {
        "en": "no patient with this MRN",
        "zh_CN": "无此病历号的患者",
    },
    "interop.unmatched.name_mismatch": {
        "en": "name does not match the MRN's patient",
        "zh_CN": "姓名与病历号对应的患者不符",
    },
    "interop.unmatched.unknown_code": {
        "en": "test code not in the mapping table",
        "zh_CN": "检验项目代码不在对照表中",
    },
    "interop.unmatched.unknown_unit": {
        "en": "unit not known for this test",
        "zh_CN": "该检验项目的单位无法识别",
    },
    "interop.unmatched.not_a_number": {
        "en": "value is not a number",
        "zh_CN": "结果不是数值",
    },
    "interop.unmatched.invalid_value": {
        "en": "value outside the allowed range",
        "zh_CN": "结果超出允许范围",
    },
    "interop.unmatched.not_final": {
        "en": "result not final (preliminary or cancelled)",
        "zh_CN": "结果非最终报告（初步或已取消）",
    },
}
