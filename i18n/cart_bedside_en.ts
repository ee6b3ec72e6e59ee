<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BedCardWidget</name>
        <message>
            <location filename="../cart_bedside/ui/bed_card.py" line="+310" />
            <source>Due {n}</source>
            <extracomment>A press that moved further than this is a drag (scrolling), not a tap. Installed once by the board on the widget holding the cards (cheaper than one stylesheet per card); a card on its own still works, only plainer.</extracomment>
            <translation>Due {n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overdue {n}</source>
            <translation>Overdue {n}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No open alerts</source>
            <translation>No open alerts</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Bed {bed}, {name}, {day}, CRS {crs}, ICANS {icans}</source>
            <translation>Bed {bed}, {name}, {day}, CRS {crs}, ICANS {icans}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{months} months</source>
            <translation>{months} months</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{years} y</source>
            <translation>{years} y</translation>
        </message>
        <message>
            <location line="+5" />
            <source>CAPD {score}</source>
            <translation>CAPD {score}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ICE {score}/10</source>
            <translation>ICE {score}/10</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ICE –</source>
            <translation>ICE –</translation>
        </message>
    </context>
    <context>
        <name>CapdWidget</name>
        <message>
            <location filename="../cart_bedside/ui/widgets/capd.py" line="+97" />
            <source>Does the child make eye contact with the caregiver?</source>
            <translation>Does the child make eye contact with the caregiver?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Are the child's actions purposeful?</source>
            <translation>Are the child's actions purposeful?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Is the child aware of his/her surroundings?</source>
            <translation>Is the child aware of his/her surroundings?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Does the child communicate needs and wants?</source>
            <translation>Does the child communicate needs and wants?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Is the child restless?</source>
            <translation>Is the child restless?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Is the child inconsolable?</source>
            <translation>Is the child inconsolable?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Is the child underactive — very little movement while awake?</source>
            <translation>Is the child underactive — very little movement while awake?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Does it take the child a long time to respond to interactions?</source>
            <translation>Does it take the child a long time to respond to interactions?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Never</source>
            <translation>Never</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rarely</source>
            <translation>Rarely</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sometimes</source>
            <translation>Sometimes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Often</source>
            <translation>Often</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Always</source>
            <translation>Always</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Unable to perform
(unarousable)</source>
            <translation>Unable to perform
(unarousable)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer how often each is true; items 1–4 are scored in reverse automatically.</source>
            <translation>Answer how often each is true; items 1–4 are scored in reverse automatically.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>CAPD: unable to perform</source>
            <translation>CAPD: unable to perform</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CAPD {total}/32</source>
            <translation>CAPD {total}/32</translation>
        </message>
        <message>
            <location line="+4" />
            <source>CAPD –/32 ({answered} of 8 answered)</source>
            <translation>CAPD –/32 ({answered} of 8 answered)</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <location filename="../cart_bedside/ui/shift_entry/confirm_dialog.py" line="+92" />
            <source>Re-measured: the value is correct</source>
            <translation>Re-measured: the value is correct</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matches the patient's condition</source>
            <translation>Matches the patient's condition</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Physician informed</source>
            <translation>Physician informed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Confirm unusual values</source>
            <translation>Confirm unusual values</translation>
        </message>
        <message>
            <location line="+1" />
            <source>These values are unusual. Please check them.</source>
            <translation>These values are unusual. Please check them.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why are they correct? Choose or type a reason:</source>
            <translation>Why are they correct? Choose or type a reason:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Other reason</source>
            <translation>Other reason</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to the values</source>
            <translation>Back to the values</translation>
        </message>
    </context>
    <context>
        <name>EntrySummary</name>
        <message>
            <location filename="../cart_bedside/ui/shift_entry/summary.py" line="+28" />
            <source>Observed {time}</source>
            <translation>Observed {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>late entry</source>
            <translation>late entry</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No vital signs entered.</source>
            <translation>No vital signs entered.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>vasopressors: {names}</source>
            <translation>vasopressors: {names}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no vasopressors</source>
            <translation>no vasopressors</translation>
        </message>
        <message>
            <location line="+2" />
            <source>fluid bolus for hypotension</source>
            <translation>fluid bolus for hypotension</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fluids in this entry: in {intake} mL · out {output} mL · net {net} mL</source>
            <translation>Fluids in this entry: in {intake} mL · out {output} mL · net {net} mL</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No neuro assessment in this entry.</source>
            <translation>No neuro assessment in this entry.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>CAPD: unable to perform</source>
            <translation>CAPD: unable to perform</translation>
        </message>
        <message>
            <location line="+5" />
            <source>CAPD not done</source>
            <translation>CAPD not done</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ICE: unable to perform</source>
            <translation>ICE: unable to perform</translation>
        </message>
        <message>
            <location line="+4" />
            <source>ICE not done</source>
            <translation>ICE not done</translation>
        </message>
        <message>
            <location line="+4" />
            <source>handwriting sample</source>
            <translation>handwriting sample</translation>
        </message>
    </context>
    <context>
        <name>ErrorBannerWidget</name>
        <message>
            <location filename="../cart_bedside/ui/shift_entry/error_banner.py" line="+26" />
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWidget</name>
        <message>
            <location filename="../cart_bedside/ui/first_run.py" line="+159" />
            <source>Welcome: set up the ward</source>
            <translation>Welcome: set up the ward</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This ward has no users yet. Create the administrator's account; the administrator then adds the nurses and physicians.</source>
            <translation>This ward has no users yet. Create the administrator's account; the administrator then adds the nurses and physicians.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name shown</source>
            <translation>Name shown</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. admin</source>
            <translation>e.g. admin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Head nurse Wang</source>
            <translation>e.g. Head nurse Wang</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The PIN has {low} to {high} digits. Keep it secret: every record you sign carries your name.</source>
            <translation>The PIN has {low} to {high} digits. Keep it secret: every record you sign carries your name.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the PIN again</source>
            <translation>Choose the PIN again</translation>
        </message>
        <message>
            <location line="+12" />
            <source>1. Choose a PIN</source>
            <translation>1. Choose a PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <location line="+2" />
            <source>2. Type the same PIN again</source>
            <translation>2. Type the same PIN again</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Type a user name first.</source>
            <translation>Type a user name first.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A user name has no spaces.</source>
            <translation>A user name has no spaces.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A PIN has 4 to 8 digits.</source>
            <translation>A PIN has 4 to 8 digits.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The two PINs differ. Choose the PIN again.</source>
            <translation>The two PINs differ. Choose the PIN again.</translation>
        </message>
    </context>
    <context>
        <name>FluidLinesWidget</name>
        <message>
            <location filename="../cart_bedside/ui/widgets/fluid_lines.py" line="+140" />
            <source>IV fluids</source>
            <translation>IV fluids</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Blood products</source>
            <translation>Blood products</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Oral</source>
            <translation>Oral</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enteral</source>
            <translation>Enteral</translation>
        </message>
        <message>
            <location line="+1" />
            <source>IV medications</source>
            <translation>IV medications</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Urine</source>
            <translation>Urine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drains</source>
            <translation>Drains</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stool</source>
            <translation>Stool</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emesis</source>
            <translation>Emesis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other output</source>
            <translation>Other output</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In</source>
            <translation>In</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out</source>
            <translation>Out</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Other volume</source>
            <translation>Other volume</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No fluid lines this shift yet.</source>
            <translation>No fluid lines this shift yet.</translation>
        </message>
        <message>
            <location line="+92" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Choose a category, then a volume.</source>
            <translation>Choose a category, then a volume.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In {intake} mL · Out {output} mL · Net {net} mL</source>
            <translation>In {intake} mL · Out {output} mL · Net {net} mL</translation>
        </message>
    </context>
    <context>
        <name>FluidsPage</name>
        <message>
            <location filename="../cart_bedside/ui/shift_entry/fluids_page.py" line="+71" />
            <source>Fluid line {number}</source>
            <translation>Fluid line {number}</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Charted earlier this shift ({shift}): in {intake} mL · out {output} mL</source>
            <translation>Charted earlier this shift ({shift}): in {intake} mL · out {output} mL</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Shift total with this entry: in {intake} mL · out {output} mL · net {net} mL</source>
            <translation>Shift total with this entry: in {intake} mL · out {output} mL · net {net} mL</translation>
        </message>
    </context>
    <context>
        <name>GradeBadge</name>
        <message>
            <location filename="../cart_bedside/ui/widgets/grade_badge.py" line="+75" />
            <source>{kind}: not assessed</source>
            <translation>{kind}: not assessed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{kind} grade {grade}</source>
            <translation>{kind} grade {grade}</translation>
        </message>
    </context>
    <context>
        <name>HandwritingCompare</name>
        <message>
            <location filename="../cart_bedside/ui/widgets/handwriting_compare.py" line="+78" />
            <source>Baseline (first sample)</source>
            <translation>Baseline (first sample)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This assessment</source>
            <translation>This assessment</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No baseline sample</source>
            <translation>No baseline sample</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not written yet</source>
            <translation>Not written yet</translation>
        </message>
    </context>
    <context>
        <name>HandwritingDialog</name>
        <message>
            <location filename="../cart_bedside/ui/widgets/handwriting_dialog.py" line="+53" />
            <source>Handwriting</source>
            <translation>Handwriting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>HandwritingPad</name>
        <message>
            <location filename="../cart_bedside/ui/widgets/handwriting_pad.py" line="+47" />
            <source>Ask the patient to write a standard sentence, e.g. “The sun is shining.”</source>
            <translation>Ask the patient to write a standard sentence, e.g. “The sun is shining.”</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
    </context>
    <context>
        <name>IceItemsWidget</name>
        <message>
            <location filename="../cart_bedside/ui/widgets/ice_items.py" line="+119" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+0" />
            <source>“What year is it?”</source>
            <translation>“What year is it?”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <location line="+0" />
            <source>“What month is it?”</source>
            <translation>“What month is it?”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location line="+0" />
            <source>“What city are we in?”</source>
            <translation>“What city are we in?”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hospital</source>
            <translation>Hospital</translation>
        </message>
        <message>
            <location line="+0" />
            <source>“What hospital are we in?”</source>
            <translation>“What hospital are we in?”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Object 1</source>
            <translation>Object 1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>names it, e.g. a clock</source>
            <translation>names it, e.g. a clock</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Object 2</source>
            <translation>Object 2</translation>
        </message>
        <message>
            <location line="+0" />
            <source>names it, e.g. a pen</source>
            <translation>names it, e.g. a pen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Object 3</source>
            <translation>Object 3</translation>
        </message>
        <message>
            <location line="+0" />
            <source>names it, e.g. a button</source>
            <translation>names it, e.g. a button</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follows a command</source>
            <translation>Follows a command</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. “Show me two fingers”</source>
            <translation>e.g. “Show me two fingers”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writes a sentence</source>
            <translation>Writes a sentence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a standard sentence</source>
            <translation>a standard sentence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counts backwards</source>
            <translation>Counts backwards</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from 100 by 10</source>
            <translation>from 100 by 10</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Orientation (4 points)</source>
            <translation>Orientation (4 points)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Naming three objects (3 points)</source>
            <translation>Naming three objects (3 points)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Command (1)</source>
            <translation>Command (1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing (1)</source>
            <translation>Writing (1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attention (1)</source>
            <translation>Attention (1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unable to perform
(unarousable)</source>
            <translation>Unable to perform
(unarousable)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All 10 correct</source>
            <translation>All 10 correct</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the
handwriting pad</source>
            <translation>Open the
handwriting pad</translation>
        </message>
        <message>
            <location line="+83" />
            <source>ICE: unable to perform</source>
            <translation>ICE: unable to perform</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient unarousable</source>
            <translation>Patient unarousable</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ICE {score}/10</source>
            <translation>ICE {score}/10</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not assessed yet</source>
            <translation>Not assessed yet</translation>
        </message>
    </context>
    <context>
        <name>KeypadDialog</name>
        <message>
            <location filename="../cart_bedside/ui/widgets/keypad_dialog.py" line="+40" />
            <source>Enter a number</source>
            <translation>Enter a number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../cart_bedside/ui/main_window.py" line="+164" />
            <source>nurse</source>
            <translation>nurse</translation>
        </message>
        <message>
            <location line="+0" />
            <source>physician</source>
            <translation>physician</translation>
        </message>
        <message>
            <location line="+1" />
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>CAR-T bedside</source>
            <translation>CAR-T bedside</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
    </context>
    <context>
        <name>NavBarWidget</name>
        <message>
            <location filename="../cart_bedside/ui/shift_entry/nav_bar.py" line="+44" />
            <source>Close (draft kept)</source>
            <translation>Close (draft kept)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>‹ Back</source>
            <translation>‹ Back</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign and save</source>
            <translation>Sign and save</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Review ›</source>
            <translation>Review ›</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next ›</source>
            <translation>Next ›</translation>
        </message>
    </context>
    <context>
        <name>NeuroPage</name>
        <message>
            <location filename="../cart_bedside/ui/shift_entry/neuro_page.py" line="+116" />
            <source>Attributable to another cause</source>
            <translation>Attributable to another cause</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Level of consciousness</source>
            <translation>Level of consciousness</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alert</source>
            <translation>Alert</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Awakens
spontaneously</source>
            <translation>Awakens
spontaneously</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Awakens
to voice</source>
            <translation>Awakens
to voice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Awakens only
to touch</source>
            <translation>Awakens only
to touch</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unarousable</source>
            <translation>Unarousable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attributable to another cause (e.g. sedation)</source>
            <translation>Attributable to another cause (e.g. sedation)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Seizure</source>
            <translation>Seizure</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Rapidly
resolving</source>
            <translation>Rapidly
resolving</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Prolonged or
repetitive</source>
            <translation>Prolonged or
repetitive</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Motor weakness</source>
            <translation>Motor weakness</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cerebral oedema (imaging)</source>
            <translation>Cerebral oedema (imaging)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Focal</source>
            <translation>Focal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Diffuse</source>
            <translation>Diffuse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other findings (do not change the grade)</source>
            <translation>Other findings (do not change the grade)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“All 10 correct” is your attestation that you asked all ten items and each was answered correctly. Otherwise tap each item answered correctly.</source>
            <translation>“All 10 correct” is your attestation that you asked all ten items and each was answered correctly. Otherwise tap each item answered correctly.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>CAPD</source>
            <translation>CAPD</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ICE</source>
            <translation>ICE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neuro assessment</source>
            <translation>Neuro assessment</translation>
        </message>
        <message>
            <location line="+95" />
            <source>Tremor</source>
            <translation>Tremor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Myoclonus</source>
            <translation>Myoclonus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Headache</source>
            <translation>Headache</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Intracranial haemorrhage</source>
            <translation>Intracranial haemorrhage</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Written now</source>
            <translation>Written now</translation>
        </message>
    </context>
    <context>
        <name>NumberField</name>
        <message>
            <location filename="../cart_bedside/ui/widgets/number_field.py" line="+141" />
            <source>{value} is outside the range {range}: not accepted</source>
            <translation>{value} is outside the range {range}: not accepted</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Range {range}</source>
            <translation>Range {range}</translation>
        </message>
    </context>
    <context>
        <name>NumericKeypad</name>
        <message>
            <location filename="../cart_bedside/ui/widgets/numeric_keypad.py" line="+167" />
            <source>←
Delete</source>
            <translation>←
Delete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location line="+1" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+94" />
            <source>Tap a field to enter a number</source>
            <translation>Tap a field to enter a number</translation>
        </message>
    </context>
    <context>
        <name>O2DeviceSelector</name>
        <message>
            <location filename="../cart_bedside/ui/widgets/o2_device_selector.py" line="+87" />
            <source>Room air</source>
            <extracomment>The flow decides the CRS grade here: low-flow (≤ 6 L/min) vs high-flow nasal cannula. The flow is recorded (trends, handover) but not needed for the grade.</extracomment>
            <translation>Room air</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Blow-by</source>
            <translation>Blow-by</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nasal
cannula</source>
            <translation>Nasal
cannula</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High-flow
nasal cannula</source>
            <translation>High-flow
nasal cannula</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Simple
face mask</source>
            <translation>Simple
face mask</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Non-rebreather
mask</source>
            <translation>Non-rebreather
mask</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Venturi
mask</source>
            <translation>Venturi
mask</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CPAP</source>
            <translation>CPAP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>BiPAP</source>
            <translation>BiPAP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mechanical
ventilation</source>
            <translation>Mechanical
ventilation</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Oxygen support</source>
            <translation>Oxygen support</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Oxygen flow</source>
            <translation>Oxygen flow</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Required: ≤ 6 L/min is low-flow, above is high-flow.</source>
            <translation>Required: ≤ 6 L/min is low-flow, above is high-flow.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Optional, for the trend.</source>
            <translation>Optional, for the trend.</translation>
        </message>
    </context>
    <context>
        <name>OxygenPage</name>
        <message>
            <location filename="../cart_bedside/ui/shift_entry/oxygen_page.py" line="+61" />
            <source>Hypotension</source>
            <translation>Hypotension</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tap when this hypotension needed a fluid bolus (it counts for the CRS grade).</source>
            <translation>Tap when this hypotension needed a fluid bolus (it counts for the CRS grade).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Oxygen flow</source>
            <translation>Oxygen flow</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vasopressors</source>
            <translation>Vasopressors</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Treated with a fluid bolus</source>
            <translation>Treated with a fluid bolus</translation>
        </message>
    </context>
    <context>
        <name>PatientHeader</name>
        <message>
            <location filename="../cart_bedside/ui/patient_header.py" line="+169" />
            <source>since infusion</source>
            <translation>since infusion</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Bed {bed}</source>
            <translation>Bed {bed}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>male</source>
            <translation>male</translation>
        </message>
        <message>
            <location line="+0" />
            <source>female</source>
            <translation>female</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{months} months</source>
            <translation>{months} months</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{years} y</source>
            <translation>{years} y</translation>
        </message>
        <message>
            <location line="+4" />
            <source>weight not recorded</source>
            <translation>weight not recorded</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{kg} kg</source>
            <translation>{kg} kg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{kg} kg ({date})</source>
            <translation>{kg} kg ({date})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>B-ALL</source>
            <translation>B-ALL</translation>
        </message>
        <message>
            <location line="+1" />
            <source>B-cell lymphoma</source>
            <translation>B-cell lymphoma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multiple myeloma</source>
            <translation>Multiple myeloma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Autoimmune neurological disease</source>
            <translation>Autoimmune neurological disease</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other diagnosis</source>
            <translation>Other diagnosis</translation>
        </message>
    </context>
    <context>
        <name>PatientScreen</name>
        <message>
            <location filename="../cart_bedside/ui/patient_screen.py" line="+45" />
            <source>‹ Ward board</source>
            <translation>‹ Ward board</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shift entry</source>
            <translation>Shift entry</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <location filename="../cart_bedside/ui/shift_entry/pin_dialog.py" line="+102" />
            <location line="+7" />
            <source>Sign and save</source>
            <extracomment>A visible frame, also where no window manager draws one (kiosk tablets, Xvfb).</extracomment>
            <translation>Sign and save</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Enter your PIN to sign this entry</source>
            <translation>Enter your PIN to sign this entry</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signing as: {name}</source>
            <translation>Signing as: {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location line="+1" />
            <source>← Delete</source>
            <translation>← Delete</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>PinKeypad</name>
        <message>
            <location filename="../cart_bedside/ui/pin_pad.py" line="+96" />
            <location line="+31" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="-2" />
            <source>←
Delete</source>
            <translation>←
Delete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location line="+4" />
            <source>PIN keypad</source>
            <translation>PIN keypad</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{n} digits entered</source>
            <translation>{n} digits entered</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../cart_bedside/ui/shift_entry/review_page.py" line="+140" />
            <source>Grades from this entry</source>
            <extracomment>(border, background) of an alert by severity; the severity is also written out.</extracomment>
            <translation>Grades from this entry</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the protocol says for these grades</source>
            <translation>What the protocol says for these grades</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alerts</source>
            <translation>Alerts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tocilizumab</source>
            <translation>Tocilizumab</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unusual values to confirm</source>
            <translation>Unusual values to confirm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This entry</source>
            <translation>This entry</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No findings for a grade.</source>
            <translation>No findings for a grade.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{kind} grade {grade}:</source>
            <translation>{kind} grade {grade}:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No management step for grade 0: keep monitoring.</source>
            <translation>No management step for grade 0: keep monitoring.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+25" />
            <source>Source: {sources}</source>
            <translation>Source: {sources}</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Critical</source>
            <translation>Critical</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No alerts.</source>
            <translation>No alerts.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{severity}: {message}</source>
            <translation>{severity}: {message}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No dose: the patient's weight is missing.</source>
            <translation>No dose: the patient's weight is missing.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Dose by the rules: {dose} mg ({per_kg} mg/kg × {weight} kg, weighed {when})</source>
            <translation>Dose by the rules: {dose} mg ({per_kg} mg/kg × {weight} kg, weighed {when})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Capped at the maximum single dose.</source>
            <translation>Capped at the maximum single dose.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The protocol step for these grades includes tocilizumab.</source>
            <translation>The protocol step for these grades includes tocilizumab.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Doses given: {given}; remaining: {remaining} of {total}.</source>
            <translation>Doses given: {given}; remaining: {remaining} of {total}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No further dose allowed (maximum number of doses reached).</source>
            <translation>No further dose allowed (maximum number of doses reached).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next dose allowed: now.</source>
            <translation>Next dose allowed: now.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next dose allowed: not before {time}.</source>
            <translation>Next dose allowed: not before {time}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No further dose allowed now.</source>
            <translation>No further dose allowed now.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>None.</source>
            <translation>None.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>confirmed: {reason}</source>
            <translation>confirmed: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to confirm when you save</source>
            <translation>to confirm when you save</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{warning} ({status})</source>
            <translation>{warning} ({status})</translation>
        </message>
    </context>
    <context>
        <name>ShiftEntryWidget</name>
        <message>
            <location filename="../cart_bedside/ui/shift_entry/flow.py" line="+168" />
            <source>CAPD: answer all eight items (or tap “Unable to perform”) before saving.</source>
            <extracomment>Drafts are written this long after the last change (a crash loses at most this much).</extracomment>
            <translation>CAPD: answer all eight items (or tap “Unable to perform”) before saving.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Nothing entered yet: there is nothing to save.</source>
            <translation>Nothing entered yet: there is nothing to save.</translation>
        </message>
    </context>
    <context>
        <name>SignInWidget</name>
        <message>
            <location filename="../cart_bedside/ui/sign_in.py" line="+204" />
            <source>Tap your name first (or type your user name).</source>
            <translation>Tap your name first (or type your user name).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A PIN has 4 to 8 digits.</source>
            <translation>A PIN has 4 to 8 digits.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>CAR-T bedside chart</source>
            <translation>CAR-T bedside chart</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who is signing in?</source>
            <translation>Who is signing in?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Or type your user name:</source>
            <translation>Or type your user name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>user name</source>
            <translation>user name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Nurse</source>
            <translation>Nurse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Physician</source>
            <translation>Physician</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Tap your name</source>
            <translation>Tap your name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your PIN</source>
            <translation>Your PIN</translation>
        </message>
    </context>
    <context>
        <name>StepBarWidget</name>
        <message>
            <location filename="../cart_bedside/ui/shift_entry/step_bar.py" line="+43" />
            <source>Vitals</source>
            <translation>Vitals</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Oxygen and vasopressors</source>
            <translation>Oxygen and vasopressors</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Neuro</source>
            <translation>Neuro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fluids</source>
            <translation>Fluids</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Review and sign</source>
            <translation>Review and sign</translation>
        </message>
    </context>
    <context>
        <name>VasopressorToggles</name>
        <message>
            <location filename="../cart_bedside/ui/widgets/vasopressor_toggles.py" line="+90" />
            <source>Norepinephrine</source>
            <extracomment>Offered in the "other" box (the names the logic receives); any other name may be typed. Stands for an "other" vasopressor whose name was not entered: it still counts.</extracomment>
            <translation>Norepinephrine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Epinephrine</source>
            <translation>Epinephrine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dopamine</source>
            <translation>Dopamine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phenylephrine</source>
            <translation>Phenylephrine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vasopressin</source>
            <translation>Vasopressin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other…</source>
            <translation>Other…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Metaraminol</source>
            <translation>Metaraminol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Terlipressin</source>
            <translation>Terlipressin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Angiotensin II</source>
            <translation>Angiotensin II</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Vasopressors running</source>
            <translation>Vasopressors running</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name of the other vasopressor:</source>
            <translation>Name of the other vasopressor:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>or type another name</source>
            <translation>or type another name</translation>
        </message>
    </context>
    <context>
        <name>VitalsPage</name>
        <message>
            <location filename="../cart_bedside/ui/shift_entry/vitals_page.py" line="+158" />
            <source>Temperature</source>
            <extracomment>How far each "earlier" button moves the observed time back.</extracomment>
            <translation>Temperature</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heart rate</source>
            <translation>Heart rate</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+3" />
            <source>/min</source>
            <translation>/min</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Systolic BP</source>
            <translation>Systolic BP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diastolic BP</source>
            <translation>Diastolic BP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Respiratory rate</source>
            <translation>Respiratory rate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SpO2</source>
            <translation>SpO2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+19" />
            <source>Observed at</source>
            <translation>Observed at</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Vital signs</source>
            <translation>Vital signs</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Weight (optional)</source>
            <translation>Weight (optional)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hour</source>
            <translation>Hour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minute</source>
            <translation>Minute</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <location line="+2" />
            <source>−{minutes} min</source>
            <translation>−{minutes} min</translation>
        </message>
        <message>
            <location line="+79" />
            <source>The diastolic ({dbp}) must be below the systolic ({sbp})</source>
            <translation>The diastolic ({dbp}) must be below the systolic ({sbp})</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Today {time}</source>
            <translation>Today {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Yesterday {time}</source>
            <translation>Yesterday {time}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{minutes} min ago</source>
            <translation>{minutes} min ago</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Late entry (more than 60 min ago): it will be marked</source>
            <translation>Late entry (more than 60 min ago): it will be marked</translation>
        </message>
    </context>
    <context>
        <name>WardBoardWidget</name>
        <message>
            <location filename="../cart_bedside/ui/ward_board.py" line="+201" />
            <source>Ward board</source>
            <translation>Ward board</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sort:</source>
            <translation>Sort:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By bed</source>
            <translation>By bed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By severity</source>
            <translation>By severity</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hide names</source>
            <translation>Hide names</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location line="+62" />
            <source>{n} occupied beds</source>
            <translation>{n} occupied beds</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in to see the ward.</source>
            <translation>Sign in to see the ward.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No occupied beds.</source>
            <translation>No occupied beds.</translation>
        </message>
    </context>
    <context>
        <name>WidgetGallery</name>
        <message>
            <location filename="../cart_bedside/ui/widgets/gallery.py" line="+198" />
            <source>cart_bedside — widget gallery</source>
            <translation>cart_bedside — widget gallery</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bedside widgets</source>
            <translation>Bedside widgets</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Temperature</source>
            <translation>Temperature</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heart rate</source>
            <translation>Heart rate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Systolic BP</source>
            <translation>Systolic BP</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Numeric keypad and number fields</source>
            <translation>Numeric keypad and number fields</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grade badges</source>
            <translation>Grade badges</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ICE score (patients 12 years and over)</source>
            <translation>ICE score (patients 12 years and over)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CAPD (children under 12)</source>
            <translation>CAPD (children under 12)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Oxygen</source>
            <translation>Oxygen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vasopressors</source>
            <translation>Vasopressors</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fluid balance this shift</source>
            <translation>Fluid balance this shift</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handwriting pad</source>
            <translation>Handwriting pad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handwriting compared with baseline</source>
            <translation>Handwriting compared with baseline</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not assessed, then grades 0–4: darker fill, thicker border and one mark per grade.</source>
            <translation>Not assessed, then grades 0–4: darker fill, thicker border and one mark per grade.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The same badges printed in greyscale:</source>
            <translation>The same badges printed in greyscale:</translation>
        </message>
    </context>
</TS>
