"""Drug names the rules recognise, and the classes they fall into.

Names are lower-case generic names; :func:`normalise` maps common synonyms
(paracetamol → acetaminophen, Chinese brand-free names) onto them.
"""

from __future__ import annotations

SYNONYMS: dict[str, str] = {
    "paracetamol": "acetaminophen",
    "apap": "acetaminophen",
    "对乙酰氨基酚": "acetaminophen",
    "布洛芬": "ibuprofen",
    "托珠单抗": "tocilizumab",
    "司妥昔单抗": "siltuximab",
    "阿那白滞素": "anakinra",
    "地塞米松": "dexamethasone",
    "甲泼尼龙": "methylprednisolone",
    "甲基强的松龙": "methylprednisolone",
    "泼尼松": "prednisone",
    "氢化可的松": "hydrocortisone",
    "左乙拉西坦": "levetiracetam",
    "noradrenaline": "norepinephrine",
    "去甲肾上腺素": "norepinephrine",
    "adrenaline": "epinephrine",
    "肾上腺素": "epinephrine",
    "多巴胺": "dopamine",
    "去氧肾上腺素": "phenylephrine",
    "血管加压素": "vasopressin",
    "dipyrone": "metamizole",
    "co-trimoxazole": "sulfamethoxazole_trimethoprim",
    "cotrimoxazole": "sulfamethoxazole_trimethoprim",
    "tmp-smx": "sulfamethoxazole_trimethoprim",
    "复方磺胺甲噁唑": "sulfamethoxazole_trimethoprim",
}

#: Antipyretics (clinical-rules §2.2, masked-fever rule).
ANTIPYRETICS = frozenset(
    {
        "acetaminophen",
        "ibuprofen",
        "metamizole",
        "naproxen",
        "diclofenac",
        "ketorolac",
        "indomethacin",
        "celecoxib",
        "aspirin",
        "nsaid",
    }
)

#: Corticosteroids with their dexamethasone-equivalent factor: mg of the drug × factor
#: = mg dexamethasone (clinical-rules §2.5: dex 0.75 = MP 4 = pred 5 = HC 20).
STEROID_DEX_FACTOR: dict[str, float] = {
    "dexamethasone": 1.0,
    "methylprednisolone": 0.75 / 4,
    "prednisone": 0.75 / 5,
    "prednisolone": 0.75 / 5,
    "hydrocortisone": 0.75 / 20,
}
STEROIDS = frozenset(STEROID_DEX_FACTOR)

#: Anti-cytokine therapy (tocilizumab, siltuximab, anakinra, any corticosteroid).
ANTI_CYTOKINE = frozenset({"tocilizumab", "siltuximab", "anakinra"}) | STEROIDS

#: Drugs that mask fever once given in a CRS episode (§2.2).
FEVER_MASKING = ANTIPYRETICS | ANTI_CYTOKINE

#: First-line CRS therapy for the HLH/MAS 12-hour rule (§4).
FIRST_LINE_CRS = frozenset({"tocilizumab"}) | STEROIDS

ANTIEPILEPTICS = frozenset(
    {
        "levetiracetam",
        "valproate",
        "phenytoin",
        "lacosamide",
        "phenobarbital",
        "lorazepam",
        "diazepam",
        "midazolam",
        "clonazepam",
    }
)

#: Quinolones and sulfonamides, to be avoided in myasthenia gravis (seed 002).
QUINOLONES = frozenset(
    {
        "norfloxacin",
        "ciprofloxacin",
        "levofloxacin",
        "moxifloxacin",
        "ofloxacin",
        "gatifloxacin",
        "sitafloxacin",
    }
)
SULFONAMIDES = frozenset({"sulfamethoxazole_trimethoprim", "sulfamethoxazole", "sulfadiazine"})
AVOID_IN_MYASTHENIA = QUINOLONES | SULFONAMIDES


def normalise(name: str) -> str:
    """Lower-case, trimmed, spaces as underscores, synonyms mapped to the generic name."""
    key = name.strip().lower()
    key = SYNONYMS.get(key, key)
    return SYNONYMS.get(key.replace(" ", "_"), key.replace(" ", "_"))
