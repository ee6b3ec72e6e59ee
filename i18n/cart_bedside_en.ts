<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CapdWidget</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/capd.py" line="+97"/>
        <source>Does the child make eye contact with the caregiver?</source>
        <translation>Does the child make eye contact with the caregiver?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are the child&apos;s actions purposeful?</source>
        <translation>Are the child&apos;s actions purposeful?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the child aware of his/her surroundings?</source>
        <translation>Is the child aware of his/her surroundings?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does the child communicate needs and wants?</source>
        <translation>Does the child communicate needs and wants?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the child restless?</source>
        <translation>Is the child restless?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the child inconsolable?</source>
        <translation>Is the child inconsolable?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the child underactive — very little movement while awake?</source>
        <translation>Is the child underactive — very little movement while awake?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does it take the child a long time to respond to interactions?</source>
        <translation>Does it take the child a long time to respond to interactions?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rarely</source>
        <translation>Rarely</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sometimes</source>
        <translation>Sometimes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Often</source>
        <translation>Often</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unable to perform
(unarousable)</source>
        <translation>Unable to perform
(unarousable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer how often each is true; items 1–4 are scored in reverse automatically.</source>
        <translation>Answer how often each is true; items 1–4 are scored in reverse automatically.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>CAPD: unable to perform</source>
        <translation>CAPD: unable to perform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAPD {total}/32</source>
        <translation>CAPD {total}/32</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CAPD –/32 ({answered} of 8 answered)</source>
        <translation>CAPD –/32 ({answered} of 8 answered)</translation>
    </message>
</context>
<context>
    <name>FluidLinesWidget</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/fluid_lines.py" line="+140"/>
        <source>IV fluids</source>
        <translation>IV fluids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood products</source>
        <translation>Blood products</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enteral</source>
        <translation>Enteral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IV medications</source>
        <translation>IV medications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urine</source>
        <translation>Urine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drains</source>
        <translation>Drains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stool</source>
        <translation>Stool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emesis</source>
        <translation>Emesis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other output</source>
        <translation>Other output</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other volume</source>
        <translation>Other volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No fluid lines this shift yet.</source>
        <translation>No fluid lines this shift yet.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a category, then a volume.</source>
        <translation>Choose a category, then a volume.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In {intake} mL · Out {output} mL · Net {net} mL</source>
        <translation>In {intake} mL · Out {output} mL · Net {net} mL</translation>
    </message>
</context>
<context>
    <name>GradeBadge</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/grade_badge.py" line="+75"/>
        <source>{kind}: not assessed</source>
        <translation>{kind}: not assessed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} grade {grade}</source>
        <translation>{kind} grade {grade}</translation>
    </message>
</context>
<context>
    <name>HandwritingCompare</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/handwriting_compare.py" line="+78"/>
        <source>Baseline (first sample)</source>
        <translation>Baseline (first sample)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This assessment</source>
        <translation>This assessment</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No baseline sample</source>
        <translation>No baseline sample</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not written yet</source>
        <translation>Not written yet</translation>
    </message>
</context>
<context>
    <name>HandwritingDialog</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/handwriting_dialog.py" line="+53"/>
        <source>Handwriting</source>
        <translation>Handwriting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HandwritingPad</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/handwriting_pad.py" line="+47"/>
        <source>Ask the patient to write a standard sentence, e.g. “The sun is shining.”</source>
        <translation>Ask the patient to write a standard sentence, e.g. “The sun is shining.”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>IceItemsWidget</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/ice_items.py" line="+119"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“What year is it?”</source>
        <translation>“What year is it?”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“What month is it?”</source>
        <translation>“What month is it?”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“What city are we in?”</source>
        <translation>“What city are we in?”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“What hospital are we in?”</source>
        <translation>“What hospital are we in?”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object 1</source>
        <translation>Object 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>names it, e.g. a clock</source>
        <translation>names it, e.g. a clock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object 2</source>
        <translation>Object 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>names it, e.g. a pen</source>
        <translation>names it, e.g. a pen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object 3</source>
        <translation>Object 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>names it, e.g. a button</source>
        <translation>names it, e.g. a button</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follows a command</source>
        <translation>Follows a command</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. “Show me two fingers”</source>
        <translation>e.g. “Show me two fingers”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes a sentence</source>
        <translation>Writes a sentence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a standard sentence</source>
        <translation>a standard sentence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts backwards</source>
        <translation>Counts backwards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from 100 by 10</source>
        <translation>from 100 by 10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orientation (4 points)</source>
        <translation>Orientation (4 points)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naming three objects (3 points)</source>
        <translation>Naming three objects (3 points)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command (1)</source>
        <translation>Command (1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing (1)</source>
        <translation>Writing (1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention (1)</source>
        <translation>Attention (1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unable to perform
(unarousable)</source>
        <translation>Unable to perform
(unarousable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All 10 correct</source>
        <translation>All 10 correct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the
handwriting pad</source>
        <translation>Open the
handwriting pad</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>ICE: unable to perform</source>
        <translation>ICE: unable to perform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient unarousable</source>
        <translation>Patient unarousable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ICE {score}/10</source>
        <translation>ICE {score}/10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed yet</source>
        <translation>Not assessed yet</translation>
    </message>
</context>
<context>
    <name>KeypadDialog</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/keypad_dialog.py" line="+40"/>
        <source>Enter a number</source>
        <translation>Enter a number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/number_field.py" line="+141"/>
        <source>{value} is outside the range {range}: not accepted</source>
        <translation>{value} is outside the range {range}: not accepted</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Range {range}</source>
        <translation>Range {range}</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/numeric_keypad.py" line="+167"/>
        <source>←
Delete</source>
        <translation>←
Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Tap a field to enter a number</source>
        <translation>Tap a field to enter a number</translation>
    </message>
</context>
<context>
    <name>O2DeviceSelector</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/o2_device_selector.py" line="+87"/>
        <source>Room air</source>
        <extracomment>The flow decides the CRS grade here: low-flow (≤ 6 L/min) vs high-flow nasal cannula. The flow is recorded (trends, handover) but not needed for the grade.</extracomment>
        <translation>Room air</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blow-by</source>
        <translation>Blow-by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nasal
cannula</source>
        <translation>Nasal
cannula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-flow
nasal cannula</source>
        <translation>High-flow
nasal cannula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simple
face mask</source>
        <translation>Simple
face mask</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-rebreather
mask</source>
        <translation>Non-rebreather
mask</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venturi
mask</source>
        <translation>Venturi
mask</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPAP</source>
        <translation>CPAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BiPAP</source>
        <translation>BiPAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mechanical
ventilation</source>
        <translation>Mechanical
ventilation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oxygen support</source>
        <translation>Oxygen support</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oxygen flow</source>
        <translation>Oxygen flow</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Required: ≤ 6 L/min is low-flow, above is high-flow.</source>
        <translation>Required: ≤ 6 L/min is low-flow, above is high-flow.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, for the trend.</source>
        <translation>Optional, for the trend.</translation>
    </message>
</context>
<context>
    <name>VasopressorToggles</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/vasopressor_toggles.py" line="+90"/>
        <source>Norepinephrine</source>
        <extracomment>Offered in the &quot;other&quot; box (the names the logic receives); any other name may be typed. Stands for an &quot;other&quot; vasopressor whose name was not entered: it still counts.</extracomment>
        <translation>Norepinephrine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epinephrine</source>
        <translation>Epinephrine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dopamine</source>
        <translation>Dopamine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phenylephrine</source>
        <translation>Phenylephrine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vasopressin</source>
        <translation>Vasopressin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other…</source>
        <translation>Other…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Metaraminol</source>
        <translation>Metaraminol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terlipressin</source>
        <translation>Terlipressin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angiotensin II</source>
        <translation>Angiotensin II</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vasopressors running</source>
        <translation>Vasopressors running</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the other vasopressor:</source>
        <translation>Name of the other vasopressor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or type another name</source>
        <translation>or type another name</translation>
    </message>
</context>
<context>
    <name>WidgetGallery</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/gallery.py" line="+198"/>
        <source>cart_bedside — widget gallery</source>
        <translation>cart_bedside — widget gallery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedside widgets</source>
        <translation>Bedside widgets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart rate</source>
        <translation>Heart rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic BP</source>
        <translation>Systolic BP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numeric keypad and number fields</source>
        <translation>Numeric keypad and number fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade badges</source>
        <translation>Grade badges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICE score (patients 12 years and over)</source>
        <translation>ICE score (patients 12 years and over)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAPD (children under 12)</source>
        <translation>CAPD (children under 12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oxygen</source>
        <translation>Oxygen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vasopressors</source>
        <translation>Vasopressors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluid balance this shift</source>
        <translation>Fluid balance this shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handwriting pad</source>
        <translation>Handwriting pad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handwriting compared with baseline</source>
        <translation>Handwriting compared with baseline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not assessed, then grades 0–4: darker fill, thicker border and one mark per grade.</source>
        <translation>Not assessed, then grades 0–4: darker fill, thicker border and one mark per grade.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same badges printed in greyscale:</source>
        <translation>The same badges printed in greyscale:</translation>
    </message>
</context>
</TS>
