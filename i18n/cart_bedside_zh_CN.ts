<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BedCardWidget</name>
    <message>
        <location filename="../cart_bedside/ui/bed_card.py" line="+310"/>
        <source>Due {n}</source>
        <extracomment>A press that moved further than this is a drag (scrolling), not a tap. Installed once by the board on the widget holding the cards (cheaper than one stylesheet per card); a card on its own still works, only plainer.</extracomment>
        <translation>待办 {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue {n}</source>
        <translation>超时 {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No open alerts</source>
        <translation>无未处理警报</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bed {bed}, {name}, {day}, CRS {crs}, ICANS {icans}</source>
        <translation>{bed} 床，{name}，{day}，CRS {crs} 级，ICANS {icans} 级</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{months} months</source>
        <translation>{months} 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{years} y</source>
        <translation>{years} 岁</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CAPD {score}</source>
        <translation>CAPD {score} 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ICE {score}/10</source>
        <translation>ICE {score}/10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICE –</source>
        <translation>ICE –</translation>
    </message>
</context>
<context>
    <name>CapdWidget</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/capd.py" line="+97"/>
        <source>Does the child make eye contact with the caregiver?</source>
        <translation>患儿与照护者有眼神交流吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are the child&apos;s actions purposeful?</source>
        <translation>患儿的动作有目的性吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the child aware of his/her surroundings?</source>
        <translation>患儿能察觉周围环境吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does the child communicate needs and wants?</source>
        <translation>患儿能表达自己的需要和想法吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the child restless?</source>
        <translation>患儿烦躁不安吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the child inconsolable?</source>
        <translation>患儿难以安抚吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the child underactive — very little movement while awake?</source>
        <translation>患儿活动减少——清醒时很少活动吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does it take the child a long time to respond to interactions?</source>
        <translation>患儿对互动需要很长时间才有反应吗？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rarely</source>
        <translation>很少</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sometimes</source>
        <translation>有时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Often</source>
        <translation>经常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always</source>
        <translation>总是</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unable to perform
(unarousable)</source>
        <translation>无法评估
（不可唤醒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer how often each is true; items 1–4 are scored in reverse automatically.</source>
        <translation>请按每项出现的频率作答；第1–4项由系统自动反向计分。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>CAPD: unable to perform</source>
        <translation>CAPD：无法评估</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAPD {total}/32</source>
        <translation>CAPD {total}/32</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CAPD –/32 ({answered} of 8 answered)</source>
        <translation>CAPD –/32（已答 {answered}/8 项）</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/confirm_dialog.py" line="+92"/>
        <source>Re-measured: the value is correct</source>
        <translation>已复测：数值无误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches the patient&apos;s condition</source>
        <translation>与患者病情相符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physician informed</source>
        <translation>已通知医生</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm unusual values</source>
        <translation>确认异常数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These values are unusual. Please check them.</source>
        <translation>以下数值异常，请核对。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why are they correct? Choose or type a reason:</source>
        <translation>为何确认无误？请选择或输入原因：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the values</source>
        <translation>返回修改</translation>
    </message>
</context>
<context>
    <name>EntrySummary</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/summary.py" line="+28"/>
        <source>Observed {time}</source>
        <translation>观察时间 {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>late entry</source>
        <translation>补录</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No vital signs entered.</source>
        <translation>未录入生命体征。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>vasopressors: {names}</source>
        <translation>升压药：{names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no vasopressors</source>
        <translation>未用升压药</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fluid bolus for hypotension</source>
        <translation>低血压已予液体复苏</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fluids in this entry: in {intake} mL · out {output} mL · net {net} mL</source>
        <translation>本次记录出入量：入量 {intake} mL · 出量 {output} mL · 净平衡 {net} mL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No neuro assessment in this entry.</source>
        <translation>本次未做神经评估。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CAPD: unable to perform</source>
        <translation>CAPD：无法评估</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CAPD not done</source>
        <translation>未做 CAPD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ICE: unable to perform</source>
        <translation>ICE：无法完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ICE not done</source>
        <translation>未做 ICE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>handwriting sample</source>
        <translation>有书写样本</translation>
    </message>
</context>
<context>
    <name>ErrorBannerWidget</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/error_banner.py" line="+26"/>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
</context>
<context>
    <name>FirstRunWidget</name>
    <message>
        <location filename="../cart_bedside/ui/first_run.py" line="+159"/>
        <source>Welcome: set up the ward</source>
        <translation>欢迎：设置病区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This ward has no users yet. Create the administrator&apos;s account; the administrator then adds the nurses and physicians.</source>
        <translation>本病区还没有用户。请先创建管理员账号，再由管理员添加护士和医生。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name shown</source>
        <translation>显示姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. admin</source>
        <translation>例如 admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Head nurse Wang</source>
        <translation>例如 王护士长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN has {low} to {high} digits. Keep it secret: every record you sign carries your name.</source>
        <translation>PIN 为 {low}–{high} 位数字。请勿告诉他人：您签名的每条记录都带有您的姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the PIN again</source>
        <translation>重新设置 PIN</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1. Choose a PIN</source>
        <translation>1. 设置 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Type the same PIN again</source>
        <translation>2. 再次输入相同的 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a user name first.</source>
        <translation>请先输入用户名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user name has no spaces.</source>
        <translation>用户名不能包含空格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN 为 4–8 位数字。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two PINs differ. Choose the PIN again.</source>
        <translation>两次输入的 PIN 不一致，请重新设置。</translation>
    </message>
</context>
<context>
    <name>FluidLinesWidget</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/fluid_lines.py" line="+140"/>
        <source>IV fluids</source>
        <translation>静脉输液</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood products</source>
        <translation>血制品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral</source>
        <translation>口服</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enteral</source>
        <translation>肠内营养</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IV medications</source>
        <translation>静脉用药</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urine</source>
        <translation>尿量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drains</source>
        <translation>引流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stool</source>
        <translation>大便</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emesis</source>
        <translation>呕吐物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other output</source>
        <translation>其他出量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In</source>
        <translation>入量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>出量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other volume</source>
        <translation>其他量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No fluid lines this shift yet.</source>
        <translation>本班次尚无出入量记录。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a category, then a volume.</source>
        <translation>请先选择类别，再选择量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In {intake} mL · Out {output} mL · Net {net} mL</source>
        <translation>入量 {intake} mL · 出量 {output} mL · 净平衡 {net} mL</translation>
    </message>
</context>
<context>
    <name>FluidsPage</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/fluids_page.py" line="+71"/>
        <source>Fluid line {number}</source>
        <translation>第 {number} 条出入量</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Charted earlier this shift ({shift}): in {intake} mL · out {output} mL</source>
        <translation>本班次（{shift}）此前已记录：入量 {intake} mL · 出量 {output} mL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shift total with this entry: in {intake} mL · out {output} mL · net {net} mL</source>
        <translation>含本次的班次合计：入量 {intake} mL · 出量 {output} mL · 净平衡 {net} mL</translation>
    </message>
</context>
<context>
    <name>GradeBadge</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/grade_badge.py" line="+75"/>
        <source>{kind}: not assessed</source>
        <translation>{kind}：未评估</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} grade {grade}</source>
        <translation>{kind} {grade}级</translation>
    </message>
</context>
<context>
    <name>HandwritingCompare</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/handwriting_compare.py" line="+78"/>
        <source>Baseline (first sample)</source>
        <translation>基线（首次样本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This assessment</source>
        <translation>本次评估</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No baseline sample</source>
        <translation>无基线样本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not written yet</source>
        <translation>尚未书写</translation>
    </message>
</context>
<context>
    <name>HandwritingDialog</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/handwriting_dialog.py" line="+53"/>
        <source>Handwriting</source>
        <translation>书写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HandwritingPad</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/handwriting_pad.py" line="+47"/>
        <source>Ask the patient to write a standard sentence, e.g. “The sun is shining.”</source>
        <translation>请患者写一个标准句子，例如：“今天阳光明媚。”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>IceItemsWidget</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/ice_items.py" line="+119"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“What year is it?”</source>
        <translation>“现在是哪一年？”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“What month is it?”</source>
        <translation>“现在是几月？”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“What city are we in?”</source>
        <translation>“我们现在在哪个城市？”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“What hospital are we in?”</source>
        <translation>“我们现在在哪家医院？”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object 1</source>
        <translation>物品 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>names it, e.g. a clock</source>
        <translation>说出名称，如：钟表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object 2</source>
        <translation>物品 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>names it, e.g. a pen</source>
        <translation>说出名称，如：笔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object 3</source>
        <translation>物品 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>names it, e.g. a button</source>
        <translation>说出名称，如：纽扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follows a command</source>
        <translation>执行指令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. “Show me two fingers”</source>
        <translation>如：“伸出两根手指”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes a sentence</source>
        <translation>书写句子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a standard sentence</source>
        <translation>写出一个标准句子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts backwards</source>
        <translation>倒数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from 100 by 10</source>
        <translation>从100起每次减10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orientation (4 points)</source>
        <translation>定向力（4分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naming three objects (3 points)</source>
        <translation>说出3个物品名称（3分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command (1)</source>
        <translation>执行指令（1分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing (1)</source>
        <translation>书写（1分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention (1)</source>
        <translation>注意力（1分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unable to perform
(unarousable)</source>
        <translation>无法完成
（不可唤醒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All 10 correct</source>
        <translation>10项全部正确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the
handwriting pad</source>
        <translation>打开
书写板</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>ICE: unable to perform</source>
        <translation>ICE：无法完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient unarousable</source>
        <translation>患者不可唤醒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ICE {score}/10</source>
        <translation>ICE {score}/10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed yet</source>
        <translation>尚未评估</translation>
    </message>
</context>
<context>
    <name>KeypadDialog</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/keypad_dialog.py" line="+40"/>
        <source>Enter a number</source>
        <translation>输入数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../cart_bedside/ui/main_window.py" line="+164"/>
        <source>nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>physician</source>
        <translation>医生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>CAR-T bedside</source>
        <translation>CAR-T 床旁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>NavBarWidget</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/nav_bar.py" line="+44"/>
        <source>Close (draft kept)</source>
        <translation>关闭（保留草稿）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‹ Back</source>
        <translation>‹ 上一步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign and save</source>
        <translation>签名保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review ›</source>
        <translation>核对 ›</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next ›</source>
        <translation>下一步 ›</translation>
    </message>
</context>
<context>
    <name>NeuroPage</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/neuro_page.py" line="+116"/>
        <source>Attributable to another cause</source>
        <translation>可归因于其他原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level of consciousness</source>
        <translation>意识水平</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>清醒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Awakens
spontaneously</source>
        <translation>可自行
醒来</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Awakens
to voice</source>
        <translation>呼唤
可醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awakens only
to touch</source>
        <translation>仅触觉
刺激可醒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unarousable</source>
        <translation>不可唤醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributable to another cause (e.g. sedation)</source>
        <translation>可归因于其他原因（如镇静）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seizure</source>
        <translation>癫痫发作</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Rapidly
resolving</source>
        <translation>迅速缓解</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prolonged or
repetitive</source>
        <translation>持续或
反复发作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Motor weakness</source>
        <translation>运动无力</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cerebral oedema (imaging)</source>
        <translation>脑水肿（影像）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focal</source>
        <translation>局灶性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diffuse</source>
        <translation>弥漫性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other findings (do not change the grade)</source>
        <translation>其他表现（不影响分级）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“All 10 correct” is your attestation that you asked all ten items and each was answered correctly. Otherwise tap each item answered correctly.</source>
        <translation>点击“10项全部正确”即表示您确认已逐项询问全部十项且均回答正确；否则请逐项点击回答正确的项目。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CAPD</source>
        <translation>CAPD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neuro assessment</source>
        <translation>神经评估</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Tremor</source>
        <translation>震颤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Myoclonus</source>
        <translation>肌阵挛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headache</source>
        <translation>头痛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intracranial haemorrhage</source>
        <translation>颅内出血</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Written now</source>
        <translation>本次书写</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/number_field.py" line="+141"/>
        <source>{value} is outside the range {range}: not accepted</source>
        <translation>{value} 超出范围 {range}，不予接受</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Range {range}</source>
        <translation>范围 {range}</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/numeric_keypad.py" line="+167"/>
        <source>←
Delete</source>
        <translation>←
删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Tap a field to enter a number</source>
        <translation>点击一个项目以输入数值</translation>
    </message>
</context>
<context>
    <name>O2DeviceSelector</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/o2_device_selector.py" line="+87"/>
        <source>Room air</source>
        <extracomment>The flow decides the CRS grade here: low-flow (≤ 6 L/min) vs high-flow nasal cannula. The flow is recorded (trends, handover) but not needed for the grade.</extracomment>
        <translation>室内空气
（未吸氧）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blow-by</source>
        <translation>吹氧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nasal
cannula</source>
        <translation>鼻导管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High-flow
nasal cannula</source>
        <translation>经鼻高流量
氧疗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simple
face mask</source>
        <translation>普通面罩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-rebreather
mask</source>
        <translation>储氧面罩
（非重复呼吸）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venturi
mask</source>
        <translation>文丘里面罩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPAP</source>
        <translation>CPAP
（持续气道正压）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BiPAP</source>
        <translation>BiPAP
（双水平正压）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mechanical
ventilation</source>
        <translation>有创机械通气</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oxygen support</source>
        <translation>氧疗方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oxygen flow</source>
        <translation>氧流量</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Required: ≤ 6 L/min is low-flow, above is high-flow.</source>
        <translation>必填：≤ 6 L/min 为低流量，超过为高流量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, for the trend.</source>
        <translation>选填，用于趋势图。</translation>
    </message>
</context>
<context>
    <name>OxygenPage</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/oxygen_page.py" line="+61"/>
        <source>Hypotension</source>
        <translation>低血压</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tap when this hypotension needed a fluid bolus (it counts for the CRS grade).</source>
        <translation>如本次低血压需要液体复苏（补液冲击），请点击（影响 CRS 分级）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Oxygen flow</source>
        <translation>氧流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vasopressors</source>
        <translation>升压药</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Treated with a fluid bolus</source>
        <translation>已予液体复苏</translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message>
        <location filename="../cart_bedside/ui/patient_header.py" line="+169"/>
        <source>since infusion</source>
        <translation>回输后</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bed {bed}</source>
        <translation>{bed} 床</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{months} months</source>
        <translation>{months} 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{years} y</source>
        <translation>{years} 岁</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>weight not recorded</source>
        <translation>未记录体重</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kg} kg ({date})</source>
        <translation>{kg} kg（{date}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>B-ALL</source>
        <translation>B 细胞急性淋巴细胞白血病</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B-cell lymphoma</source>
        <translation>B 细胞淋巴瘤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple myeloma</source>
        <translation>多发性骨髓瘤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autoimmune neurological disease</source>
        <translation>神经系统自身免疫病</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other diagnosis</source>
        <translation>其他诊断</translation>
    </message>
</context>
<context>
    <name>PatientScreen</name>
    <message>
        <location filename="../cart_bedside/ui/patient_screen.py" line="+45"/>
        <source>‹ Ward board</source>
        <translation>‹ 病区总览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift entry</source>
        <translation>班次录入</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/pin_dialog.py" line="+102"/>
        <location line="+7"/>
        <source>Sign and save</source>
        <extracomment>A visible frame, also where no window manager draws one (kiosk tablets, Xvfb).</extracomment>
        <translation>签名保存</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Enter your PIN to sign this entry</source>
        <translation>请输入 PIN 码为本次记录签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing as: {name}</source>
        <translation>签名人：{name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← Delete</source>
        <translation>← 删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PinKeypad</name>
    <message>
        <location filename="../cart_bedside/ui/pin_pad.py" line="+96"/>
        <location line="+31"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>←
Delete</source>
        <translation>←
删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN keypad</source>
        <translation>PIN 键盘</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} digits entered</source>
        <translation>已输入 {n} 位</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/review_page.py" line="+140"/>
        <source>Grades from this entry</source>
        <extracomment>(border, background) of an alert by severity; the severity is also written out.</extracomment>
        <translation>本次记录得出的分级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the protocol says for these grades</source>
        <translation>该分级对应的处理方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>警示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tocilizumab</source>
        <translation>托珠单抗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unusual values to confirm</source>
        <translation>需确认的异常数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry</source>
        <translation>本次记录</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No findings for a grade.</source>
        <translation>无分级相关表现。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{kind} grade {grade}:</source>
        <translation>{kind} {grade}级：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No management step for grade 0: keep monitoring.</source>
        <translation>0 级无需处理，继续监测。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Source: {sources}</source>
        <translation>依据：{sources}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No alerts.</source>
        <translation>无警示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{severity}: {message}</source>
        <translation>{severity}：{message}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No dose: the patient&apos;s weight is missing.</source>
        <translation>无法计算剂量：缺少患者体重。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dose by the rules: {dose} mg ({per_kg} mg/kg × {weight} kg, weighed {when})</source>
        <translation>按规则剂量：{dose} mg（{per_kg} mg/kg × {weight} kg，称重于 {when}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capped at the maximum single dose.</source>
        <translation>已按单次最大剂量封顶。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The protocol step for these grades includes tocilizumab.</source>
        <translation>该分级的处理方案包含托珠单抗。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Doses given: {given}; remaining: {remaining} of {total}.</source>
        <translation>已用 {given} 剂；剩余 {remaining} 剂（共 {total} 剂）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No further dose allowed (maximum number of doses reached).</source>
        <translation>不可再给药（已达最大剂数）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next dose allowed: now.</source>
        <translation>下一剂：现在即可给予。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next dose allowed: not before {time}.</source>
        <translation>下一剂：不早于 {time}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No further dose allowed now.</source>
        <translation>目前不可再给药。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confirmed: {reason}</source>
        <translation>已确认：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to confirm when you save</source>
        <translation>保存时需确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{warning} ({status})</source>
        <translation>{warning}（{status}）</translation>
    </message>
</context>
<context>
    <name>ShiftEntryWidget</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/flow.py" line="+168"/>
        <source>CAPD: answer all eight items (or tap “Unable to perform”) before saving.</source>
        <extracomment>Drafts are written this long after the last change (a crash loses at most this much).</extracomment>
        <translation>CAPD：保存前请完成全部8项（或点击“无法评估”）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing entered yet: there is nothing to save.</source>
        <translation>尚未录入任何内容，无需保存。</translation>
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <location filename="../cart_bedside/ui/sign_in.py" line="+204"/>
        <source>Tap your name first (or type your user name).</source>
        <translation>请先点选您的姓名（或输入用户名）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN 为 4–8 位数字。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>CAR-T bedside chart</source>
        <translation>CAR-T 床旁护理记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is signing in?</source>
        <translation>请选择您的账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type your user name:</source>
        <translation>或输入用户名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physician</source>
        <translation>医生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tap your name</source>
        <translation>请点选您的姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your PIN</source>
        <translation>请输入 PIN</translation>
    </message>
</context>
<context>
    <name>StepBarWidget</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/step_bar.py" line="+43"/>
        <source>Vitals</source>
        <translation>生命体征</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oxygen and vasopressors</source>
        <translation>给氧与升压药</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neuro</source>
        <translation>神经评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluids</source>
        <translation>出入量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review and sign</source>
        <translation>核对与签名</translation>
    </message>
</context>
<context>
    <name>VasopressorToggles</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/vasopressor_toggles.py" line="+90"/>
        <source>Norepinephrine</source>
        <extracomment>Offered in the &quot;other&quot; box (the names the logic receives); any other name may be typed. Stands for an &quot;other&quot; vasopressor whose name was not entered: it still counts.</extracomment>
        <translation>去甲肾上腺素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epinephrine</source>
        <translation>肾上腺素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dopamine</source>
        <translation>多巴胺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phenylephrine</source>
        <translation>去氧肾上腺素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vasopressin</source>
        <translation>血管加压素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Metaraminol</source>
        <translation>间羟胺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terlipressin</source>
        <translation>特利加压素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angiotensin II</source>
        <translation>血管紧张素II</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vasopressors running</source>
        <translation>正在使用的升压药</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the other vasopressor:</source>
        <translation>其他升压药名称：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or type another name</source>
        <translation>或输入其他药名</translation>
    </message>
</context>
<context>
    <name>VitalsPage</name>
    <message>
        <location filename="../cart_bedside/ui/shift_entry/vitals_page.py" line="+158"/>
        <source>Temperature</source>
        <extracomment>How far each &quot;earlier&quot; button moves the observed time back.</extracomment>
        <translation>体温</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart rate</source>
        <translation>心率</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>/min</source>
        <translation>次/分</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Systolic BP</source>
        <translation>收缩压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic BP</source>
        <translation>舒张压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respiratory rate</source>
        <translation>呼吸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2</source>
        <translation>血氧饱和度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Observed at</source>
        <translation>观察时间</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Vital signs</source>
        <translation>生命体征</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weight (optional)</source>
        <translation>体重（选填）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hour</source>
        <translation>时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute</source>
        <translation>分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−{minutes} min</source>
        <translation>−{minutes} 分钟</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The diastolic ({dbp}) must be below the systolic ({sbp})</source>
        <translation>舒张压（{dbp}）必须低于收缩压（{sbp}）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Today {time}</source>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday {time}</source>
        <translation>昨天 {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{minutes} min ago</source>
        <translation>{minutes} 分钟前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late entry (more than 60 min ago): it will be marked</source>
        <translation>补录（距观察已超过 60 分钟），将标记为补录</translation>
    </message>
</context>
<context>
    <name>WardBoardWidget</name>
    <message>
        <location filename="../cart_bedside/ui/ward_board.py" line="+201"/>
        <source>Ward board</source>
        <translation>病区总览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By bed</source>
        <translation>按床号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By severity</source>
        <translation>按病情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide names</source>
        <translation>隐藏姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{n} occupied beds</source>
        <translation>在床患者 {n} 人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to see the ward.</source>
        <translation>请登录后查看病区。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No occupied beds.</source>
        <translation>当前无在床患者。</translation>
    </message>
</context>
<context>
    <name>WidgetGallery</name>
    <message>
        <location filename="../cart_bedside/ui/widgets/gallery.py" line="+198"/>
        <source>cart_bedside — widget gallery</source>
        <translation>cart_bedside — 控件一览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedside widgets</source>
        <translation>床旁控件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart rate</source>
        <translation>心率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic BP</source>
        <translation>收缩压</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numeric keypad and number fields</source>
        <translation>数字键盘与数值输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade badges</source>
        <translation>分级标识</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICE score (patients 12 years and over)</source>
        <translation>ICE评分（≥12岁患者）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAPD (children under 12)</source>
        <translation>CAPD（&lt;12岁儿童）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oxygen</source>
        <translation>氧疗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vasopressors</source>
        <translation>升压药</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluid balance this shift</source>
        <translation>本班次出入量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handwriting pad</source>
        <translation>书写板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handwriting compared with baseline</source>
        <translation>书写与基线对比</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not assessed, then grades 0–4: darker fill, thicker border and one mark per grade.</source>
        <translation>依次为未评估、0–4级：级别越高，底色越深、边框越粗，每级多一个方块标记。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same badges printed in greyscale:</source>
        <translation>同一组标识的灰度打印效果：</translation>
    </message>
</context>
</TS>
