"""The demo ward's patients: who they are and how their CRS/ICANS course runs.

All names are invented for the demo (MRNs start with ``DEMO``). Courses are
steps of ``(hours after infusion, grade)``; infusion is at 10:00 on D0, and
every step lies at least 10 h before "now" so the course is the same whatever
the time of day the demo is generated. ``mode`` says how CRS ≥ 2 shows:
``bp`` hypotension (then vasopressors), ``o2`` oxygen support, ``both``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..logic.models import HighRiskFactors


@dataclass(frozen=True)
class DemoPatient:
    bed: str
    name: str
    sex: str
    age: float
    weight_kg: float
    height_cm: float
    diagnosis: str
    product: str
    target: str
    costim: str
    day: int  # study day at "now"
    crs: tuple[tuple[float, int], ...] = ((0, 0),)
    icans: tuple[tuple[float, int], ...] = ((0, 0),)
    mode: str = "both"
    extra_toci_h: tuple[float, ...] = ()  # repeat tocilizumab doses
    conditions: tuple[str, ...] = ()
    prior_cns: bool = False
    risk: HighRiskFactors = field(default_factory=HighRiskFactors)
    low_igg: bool = False
    poor_marrow: bool = False
    hbv_status: str | None = "negative"


AXI = ("阿基仑赛注射液 axicabtagene ciloleucel", "CD19", "CD28")
TISA = ("替沙仑赛 tisagenlecleucel", "CD19", "4-1BB")
RELMA = ("瑞基奥仑赛注射液 relmacabtagene autoleucel", "CD19", "4-1BB")
CILTA = ("西达基奥仑赛 ciltacabtagene autoleucel", "BCMA", "4-1BB")
EQUE = ("伊基奥仑赛注射液 equecabtagene autoleucel", "BCMA", "4-1BB")
STUDY_CD19 = ("CD19 CAR-T（研究产品）", "CD19", "CD28")
STUDY_BCMA = ("BCMA CAR-T（研究产品，自身免疫病）", "BCMA", "4-1BB")

DEMO_PATIENTS: tuple[DemoPatient, ...] = (
    DemoPatient(
        "01",
        "张建国",
        "M",
        54,
        72.0,
        172,
        "b_nhl",
        *AXI,
        day=2,
        crs=((0, 0), (14, 1), (22, 2)),
        extra_toci_h=(33,),
        risk=HighRiskFactors(bulky_lesion_7_5_cm=True),
    ),
    DemoPatient(
        "02",
        "李秀英",
        "F",
        62,
        58.0,
        158,
        "mm",
        *CILTA,
        day=6,
        crs=((0, 0), (118, 1)),
        icans=((0, 0), (124, 1)),
    ),
    DemoPatient(
        "03",
        "王小雨",
        "F",
        7,
        22.0,
        121,
        "b_all",
        *TISA,
        day=4,
        mode="bp",
        crs=((0, 0), (20, 1), (34, 2), (50, 3)),
        icans=((0, 0), (58, 1), (70, 2)),
    ),
    DemoPatient(
        "04",
        "赵伟",
        "M",
        45,
        80.0,
        178,
        "b_all",
        *STUDY_CD19,
        day=7,
        mode="o2",
        crs=((0, 0), (30, 1), (44, 2), (80, 1), (100, 0)),
        icans=((0, 0), (108, 1), (120, 2), (134, 3)),
    ),
    DemoPatient(
        "05",
        "孙丽娟",
        "F",
        38,
        60.0,
        163,
        "neuro_autoimmune",
        *STUDY_BCMA,
        day=10,
        crs=((0, 0), (40, 1), (64, 0)),
        conditions=("myasthenia_gravis",),
    ),
    DemoPatient(
        "06",
        "周志强",
        "M",
        67,
        78.0,
        170,
        "b_nhl",
        *AXI,
        day=5,
        crs=((0, 0), (12, 1), (26, 2), (46, 3), (68, 4)),
        icans=((0, 0), (80, 1)),
        extra_toci_h=(47,),
        risk=HighRiskFactors(spd_100_cm2_or_more=True, ecog_3_or_more=True),
    ),
    DemoPatient("07", "吴敏", "F", 58, 65.0, 160, "b_nhl", *RELMA, day=-3),
    DemoPatient("08", "郑浩", "M", 29, 75.0, 180, "b_all", *STUDY_CD19, day=-1, prior_cns=True),
    DemoPatient(
        "09",
        "冯桂芬",
        "F",
        71,
        55.0,
        155,
        "mm",
        *EQUE,
        day=14,
        crs=((0, 0), (30, 1), (50, 0)),
        low_igg=True,
    ),
    DemoPatient(
        "10",
        "陈刚",
        "M",
        50,
        82.0,
        175,
        "b_nhl",
        *AXI,
        day=21,
        mode="bp",
        crs=((0, 0), (20, 1), (40, 2), (60, 1), (80, 0)),
        icans=((0, 0), (100, 1), (130, 0)),
        prior_cns=True,
        poor_marrow=True,
    ),
    DemoPatient(
        "11",
        "褚静怡",
        "F",
        44,
        62.0,
        165,
        "b_nhl",
        *TISA,
        day=28,
        crs=((0, 0), (40, 1), (70, 0)),
        hbv_status="hbsag_negative_anti_hbc_positive",
    ),
    DemoPatient(
        "12",
        "卫东",
        "M",
        60,
        70.0,
        168,
        "b_nhl",
        *AXI,
        day=1,
        crs=((0, 0), (6, 1)),
        risk=HighRiskFactors(tumour_related_fever=True),
    ),
)

#: Demo accounts: (username, display name, role, PIN). Documented in docs/storage.md.
DEMO_USERS: tuple[tuple[str, str, str, str], ...] = (
    ("admin", "管理员（演示）", "admin", "9000"),
    ("nurse", "王丽（演示护士）", "nurse", "1111"),
    ("nurse2", "陈静（演示护士）", "nurse", "2222"),
    ("doctor", "刘医生（演示）", "physician", "3333"),
)

#: scrypt hashes of the demo PINs, computed once (``auth.hash_pin(pin, salt=b"cart-bedside-demo-"
#: + pin)``) so that ``--demo`` starts without four deliberately slow hashes; a test checks them.
DEMO_PIN_HASHES: dict[str, str] = {
    "9000": "scrypt$16384$8$1$636172742d626564736964652d64656d6f2d39303030$"
    "73a9343ff9447bba525a9518b301e4aba4172eb4300bce3d36db9ef65e69463e",
    "1111": "scrypt$16384$8$1$636172742d626564736964652d64656d6f2d31313131$"
    "a6d4496e4bf4ffa1376559747d70a2373f1b523b1a29e3baf10e6a6d2a5964a0",
    "2222": "scrypt$16384$8$1$636172742d626564736964652d64656d6f2d32323232$"
    "8568c670f9da39cc4549855a6ae146f3cfffcc5be50746f22351e9f1e8214407",
    "3333": "scrypt$16384$8$1$636172742d626564736964652d64656d6f2d33333333$"
    "dca6d30b39ad30cb123c60808a3acc23554ab2a54cc368bd895d1c71606542c9",
}


def grade_at(steps: tuple[tuple[float, int], ...], hour: float) -> int:
    """The grade of a course at ``hour`` after infusion (0 before infusion)."""
    grade = 0
    for start, g in steps:
        if hour >= start:
            grade = g
    return grade if hour >= 0 else 0
