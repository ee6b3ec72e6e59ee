<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
