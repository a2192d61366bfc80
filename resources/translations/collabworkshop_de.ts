<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
  <context>
    <name>ActionLibrary</name>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Hold a facilitated dialogue on {dimension} before changing any structure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Every team has said where it stands and why; agreement (rwg) on {dimension} at 0.70 or more when re-measured</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Re-run the spectrum placement with all teams</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>All teams place Today again; gaps and agreement compared with this workshop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Co-write a one-page joint outcome charter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Charter signed by every partner's lead and referred to in the next steering meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Review each partner's own targets against the shared goals and remove the ones that pull apart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>No partner target contradicts a shared goal; conflicts listed and resolved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Agree three to five shared outcome measures that replace separate reporting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>One shared dashboard in use; partners report against it monthly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Build a joint benefits map from the programme's purpose down to each partner's contribution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Benefits map agreed and used to prioritise the next quarter's work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Restate the shared goals at the start of each steering meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Goals restated at every steering meeting for the next quarter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Start a shared decision log open to every partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Every joint decision logged within two working days, with who was consulted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Agree a RACI for the ten decisions that cross partner boundaries most often</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>RACI published; no decision escalated for lack of an owner in the next two months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Set up a joint steering group with a rotating chair and a decision log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Steering group meets monthly, chaired in turn by each partner, every decision logged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Co-design a joint governance protocol covering escalation, change and disputes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Protocol agreed by all partners and used for the next escalation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Check once a quarter that governance still gives every partner a voice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Quarterly check held and recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Run blameless cross-partner retrospectives after each milestone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>A retrospective after every milestone, with at least one issue raised by each partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Partner leads open each review by naming one of their own mistakes or doubts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Done at every review for three months; raised concerns go up in the next pulse survey</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Introduce a short anonymous psychological-safety pulse across all partner teams</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Pulse run monthly with a response rate above 60% and a rising score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Agree joint working norms for raising problems early, and how bad news is received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Norms agreed in a joint session; problems reported earlier in the risk log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Keep an open slot for concerns in every joint meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Slot used in most meetings over the next quarter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Share plans, risks and issue logs in one space every partner can read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>One shared workspace; no partner keeps a separate risk log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Hold a short weekly cross-partner check-in on what is blocked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Check-in held weekly; blockers closed faster than before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Co-locate key people from each partner for part of every week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Joint working days in place for three months; fewer hand-off errors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Replace status reporting with a monthly joint problem-solving forum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Forum held monthly with each partner bringing one real problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Keep the current communication rhythm and check it still serves everyone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Short review of communication at the re-measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Review results together, partner by partner, against the shared measures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Joint performance review held monthly with every partner present</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Keep one joint risk register with a named owner for each risk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Single register in use; every risk has exactly one accountable owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Propose a shared pain/gain mechanism tied to the joint outcomes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Mechanism drafted and put to each partner's board</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Align each partner's team objectives with the joint outcomes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Team objectives in every partner reference at least one shared outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Bring the partners who see the partnership differently together to compare their views</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Difference explained and written down; perception gap below 25 points at the re-measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Agree what each partner expects of the others, and what it can offer in return</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Expectations written down and confirmed by every partner lead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Hold a candid partner-fit review: who is ready to collaborate, and on what</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Review held; scope of collaboration confirmed or adjusted for each partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Onboard new partner staff into the joint ways of working, not only their own company's</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/actions.json" line="0" />
      <source>Joint induction in place; every new joiner attends within their first month</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionPlan</name>
    <message>
      <location filename="../../collabworkshop/planning/generate.py" line="159" />
      <source>gap {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/planning/generate.py" line="160" />
      <source>gap {0} (a step back)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/planning/generate.py" line="180" />
      <location filename="../../collabworkshop/planning/generate.py" line="234" />
      <source>{0}: today {1}, needed {2}, {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/planning/generate.py" line="188" />
      <source>; divided, rwg {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/planning/generate.py" line="210" />
      <source>{0} ({1}): {2} and {3} are {4} points apart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/planning/generate.py" line="223" />
      <source>Gaps are small here: keep what already works</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/planning/generate.py" line="266" />
      <source>{0}: today {1}, needed {2}; divided, rwg {3}. Agree on what is true before changing structures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/planning/generate.py" line="314" />
      <location filename="../../collabworkshop/planning/generate.py" line="318" />
      <source>the partnership</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/planning/generate.py" line="332" />
      <source>Re-measure in three months to see whether the gaps are closing</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AgendaEditor</name>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="67" />
      <source>New information step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="68" />
      <source>Place: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="69" />
      <source>Discuss: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="70" />
      <source>Lever vote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="71" />
      <source>Action plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="72" />
      <source>Review actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="73" />
      <source>Wrap-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="104" />
      <source>Edit agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="111" />
      <source>Steps of this session. Changes apply at once and can be undone (Ctrl+Z).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="119" />
      <source>&amp;Steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="122" />
      <source>Agenda steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="130" />
      <source>&amp;Add step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="131" />
      <source>Add a step after the selected one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="134" />
      <source>&amp;Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="135" />
      <source>Remove the selected step (Delete)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="136" />
      <source>Move &amp;up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="137" />
      <source>Move the selected step up (Alt+Up)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="138" />
      <source>Move do&amp;wn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="139" />
      <source>Move the selected step down (Alt+Down)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="150" />
      <source>Step title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="152" />
      <source>Step kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="156" />
      <source>Round the step works on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="158" />
      <source>Round shown beside it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="161" />
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="162" />
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="274" />
      <source>no timebox</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="164" />
      <source>Timebox in minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="166" />
      <source>Audience prompt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="167" />
      <source>What the room sees and is asked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="169" />
      <source>Facilitator script</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="170" />
      <source>What you say and do (only on your console)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="171" />
      <source>&amp;Title:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="172" />
      <source>&amp;Kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="173" />
      <source>R&amp;ound:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="174" />
      <source>&amp;Compare with:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="175" />
      <source>Time&amp;box:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="176" />
      <source>&amp;Prompt:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="177" />
      <source>Scr&amp;ipt:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="182" />
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="203" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="183" />
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="205" />
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="184" />
      <source>Save as &amp;template…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="185" />
      <source>Keep this agenda for future sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="268" />
      <source>{0} steps, {1} h {2:02d} min planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="274" />
      <source>{0} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="304" />
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="303" />
      <source>(none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="347" />
      <source>Rename step “{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="349" />
      <source>Edit step “{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="355" />
      <source>No rounds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="355" />
      <source>A {0} step needs a round; this session has none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="400" />
      <source>Add step “{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="414" />
      <source>Keep one step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="415" />
      <source>An agenda needs at least one step. Add another step before removing “{0}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="421" />
      <source>Remove step “{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="432" />
      <source>Move step “{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="445" />
      <source>Reorder steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="478" />
      <source>Save agenda as template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="478" />
      <source>Template name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="486" />
      <source>Replace template?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="487" />
      <source>A template called “{0}” exists. Replace it?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="501" />
      <source>Could not save the template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="504" />
      <source>Template saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="505" />
      <source>Saved “{0}”. Use File › New session from template… to start from it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="539" />
      <source>{0} (built in)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="565" />
      <source>New session from template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="565" />
      <source>Template:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="579" />
      <source>This template cannot be used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/agenda_editor.py" line="580" />
      <source>{0}

Fix the file (see docs/templates.md) or remove it from {1}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AudienceDisplay</name>
    <message>
      <location filename="../../collabworkshop/ui/display.py" line="68" />
      <location filename="../../collabworkshop/ui/display.py" line="203" />
      <source>Audience display — {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/display.py" line="69" />
      <source>Audience display</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/display.py" line="126" />
      <source>Display blanked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/display.py" line="135" />
      <source>← Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/display.py" line="136" />
      <source>Previous step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/display.py" line="137" />
      <source>Next →</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/display.py" line="138" />
      <source>Next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/display.py" line="139" />
      <source>Start/pause timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/display.py" line="140" />
      <location filename="../../collabworkshop/ui/display.py" line="175" />
      <source>Blackout (B)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/display.py" line="141" />
      <source>Exit (Esc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/display.py" line="142" />
      <source>Leave presentation mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/display.py" line="175" />
      <source>Show (B)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/display.py" line="214" />
      <source>  Step {0} of {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/display.py" line="224" />
      <source>Blind round: placements stay hidden until the facilitator reveals them.

{0} of {1} placed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/display.py" line="265" />
      <source>no placements yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/display.py" line="267" />
      <source>median</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/display.py" line="273" />
      <source>gap</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Charts</name>
    <message>
      <location filename="../../collabworkshop/ui/charts.py" line="436" />
      <source>Median position, per round</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Console</name>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="57" />
      <source>Facilitator script</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="63" />
      <source>Timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="67" />
      <source>Beep when time is up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="74" />
      <source>Round</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="96" />
      <source>Audience display</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="99" />
      <location filename="../../collabworkshop/ui/console.py" line="247" />
      <source>Show display</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="101" />
      <source>Present (F5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="103" />
      <source>Blackout (B)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="106" />
      <source>Swap screens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="111" />
      <source>Screen:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="116" />
      <source>Screen for the audience display</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="127" />
      <source>Notes, decisions, parking lot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="154" />
      <source>No steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="157" />
      <source>Step {0} of {1}: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="162" />
      <source>No facilitator script for this step.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="179" />
      <source>Round: {0} — {1} of {2} placed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="181" />
      <source>Hidden from the room (blind round): the display shows only the count.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="182" />
      <source>Reveal to the room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="184" />
      <source>Shown on the display, with its aggregates.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="185" />
      <source>Hide from the room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="195" />
      <source>Who has placed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="196" />
      <source>No teams yet: add them in Set-up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="205" />
      <source>median</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="211" />
      <source>gap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="213" />
      <source>Aggregates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="224" />
      <source>Reveal {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="224" />
      <source>Hide {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="234" />
      <source>Screen {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="238" />
      <source>, this window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="247" />
      <source>Hide display</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="250" />
      <source>Presenting on this screen: Esc returns here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="252" />
      <source>Display is on {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="254" />
      <source>Display is closed; it will open on {0}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="256" />
      <source>One screen: Present (F5) shows the audience view full-screen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/console.py" line="258" />
      <source>Blacked out (B to show it again).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DefaultTemplate</name>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>From cooperation to collaboration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Overall way of working</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Cooperation: side by side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Collaboration: one team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Relationship</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Transactional, contract-driven, need-to-know</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Relational: high trust, full transparency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Integration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Separate workstreams, own resources, clear interfaces</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Intertwined: pooled resources, shared risk and reward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Goals and accountability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Each partner measured on its own deliverables</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Goals set together, collective accountability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Decisions and governance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Independent decisions within clear boundaries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Joint decisions, every voice heard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>side by side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>aligned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>joined-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>integrated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>one team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Cooperation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Collaboration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>In one line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>working side by side on aligned but mostly separate goals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>creating value together in one shared process</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Basis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>transactional: each party contributes its piece</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>relational: trust, transparency, shared decision-making</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>low: activities coordinated, but separate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>high: activities, knowledge and responsibilities intertwined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Outcomes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>goal-aligned, yet each focused on its own results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>outcome-driven: everyone collectively accountable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Effort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>relatively easy to manage, with clear boundaries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>harder to do well, but with greater impact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Picture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>a relay race: one finish line, each runner minds their own leg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>a jazz band: players answer each other in real time, making what none could alone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Welcome and frame</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Cooperation or collaboration? Both mean working together towards a shared goal, but they are not the same thing. Today we look at where our partnership stands, and where this programme needs it to be. Further right is not automatically better.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Welcome everyone and introduce yourself and the purpose of the session. Read the two columns aloud, then ask for one example from the room of each: a time we cooperated, and a time we truly collaborated. Make clear there is no right answer and that further right is not automatically better. Agree the ground rules: one conversation at a time, and what is said stays in the room.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Place: today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Where does your team experience the partnership today? Drag your token along each line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Ask each team to talk for a minute, then place its token on each line for how things are today, not how they should be. Keep the results hidden until every team has placed, so nobody anchors on another team. When everyone is done, reveal the results and ask what surprises people before anyone explains.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Place: needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Where does this programme need the partnership to be? Drag your token to the position the work calls for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Now ask where this programme needs the partnership to be, given the work ahead. Remind the room that some dimensions may need less collaboration, not more. Let teams place without discussion first, then show today and needed side by side.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Discuss divergence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Where do we see things differently, and where is the gap between today and what is needed largest?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Start with the dimension where teams disagree most: ask the teams at each end to describe what they see that the others may not. Then move to the largest gap between today and needed. Capture decisions and parking-lot items as notes as you go. Keep the focus on examples, not on who is right.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Lever vote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Which levers would move this partnership most? Each team spreads its dots over the six levers: put more dots where you want the effort to go.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Explain the six levers in a sentence each. Give every team its dots and a few minutes to agree among themselves where to put them; a team may put all its dots on one lever. Show the tally when every team has voted and ask the teams with the most different picks to explain them. The vote sets which levers the action plan puts first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Action plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Which few actions close the gaps that matter? Every action has one accountable owner and a date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Generate the action plan, then walk through the suggested actions with the room. Accept, edit or drop each one; every accepted action needs one accountable owner, a date and a way to tell it worked. Aim for three to five actions, not a long list nobody will carry out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Wrap-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>What we found, what we agreed, and when we measure again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/default.json" line="0" />
      <source>Summarise the two or three findings that matter most and read back the agreed actions and owners. Agree when you will measure again, usually in three to six months. Thank the room, then save the session and export the report before you unplug.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FollowUp</name>
    <message>
      <location filename="../../collabworkshop/planning/followup.py" line="36" />
      <source>Review actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/planning/followup.py" line="37" />
      <source>Since the last workshop: which actions are done, which are under way, and what is blocked?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/planning/followup.py" line="40" />
      <source>: follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/planning/followup.py" line="55" />
      <source>undated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/planning/followup.py" line="98" />
      <source>Follow-up</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="81" />
      <location filename="../../collabworkshop/ui/main_window.py" line="706" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="82" />
      <source>&amp;New session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="83" />
      <source>&amp;Open…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="84" />
      <source>Open the sa&amp;mple session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="85" />
      <source>Open &amp;recent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="87" />
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="88" />
      <source>Save &amp;as…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="90" />
      <source>Export &amp;PDF report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="91" />
      <source>Export &amp;JSON…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="93" />
      <source>&amp;Close session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="95" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="97" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="98" />
      <location filename="../../collabworkshop/ui/main_window.py" line="131" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="99" />
      <location filename="../../collabworkshop/ui/main_window.py" line="132" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="101" />
      <location filename="../../collabworkshop/ui/main_window.py" line="712" />
      <source>&amp;Workshop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="102" />
      <source>&amp;Next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="103" />
      <source>&amp;Previous step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="105" />
      <source>Session &amp;set-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="109" />
      <source>Go to step {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="111" />
      <source>&amp;Generate action plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="113" />
      <location filename="../../collabworkshop/ui/main_window.py" line="696" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="114" />
      <source>&amp;Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="115" />
      <source>&amp;About CollabWorkshop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="131" />
      <source>&amp;Undo {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="132" />
      <source>&amp;Redo {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="163" />
      <location filename="../../collabworkshop/ui/main_window.py" line="743" />
      <source>Could not start a new session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="172" />
      <source>Open session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="172" />
      <source>CollabWorkshop sessions (*{0});;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="188" />
      <source>Could not open the sample session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="206" />
      <source>Could not open the session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="224" />
      <source>Something went wrong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="225" />
      <source>Saved to {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="252" />
      <source>Recovered “{0}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="264" />
      <source>This file was made by an older CollabWorkshop{0}. It will be upgraded when you save (Ctrl+S); the original is kept as {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="266" />
      <source> (format {0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="284" />
      <source>Upgraded and saved; the original is kept as {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="306" />
      <source>“{0}” has not been saved to a file yet. Save it before closing?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="308" />
      <source>Your changes to “{0}” are not saved yet (the file will be upgraded to the current format). Save them before closing?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="313" />
      <source>Save this session?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="354" />
      <source>Save session as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="354" />
      <source>CollabWorkshop sessions (*{0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="383" />
      <source>Export PDF report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="383" />
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="389" />
      <source>Writing the report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="397" />
      <source>Could not write the report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="400" />
      <source>Report written to {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="406" />
      <source>Export JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="406" />
      <source>JSON files (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="415" />
      <source>Could not export JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="417" />
      <location filename="../../collabworkshop/ui/main_window.py" line="490" />
      <source>Exported to {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="427" />
      <source>E&amp;xport</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="432" />
      <source>&amp;PDF report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="433" />
      <source>&amp;JSON (complete, re-importable)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="435" />
      <source>&amp;CSV spreadsheets (placements, actions)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="437" />
      <source>&amp;Markdown…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="438" />
      <source>&amp;Action calendar (.ics)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="440" />
      <source>&amp;Board image (PNG)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="455" />
      <source>Could not export {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="465" />
      <source>Export CSV (placements; the actions go beside it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="466" />
      <source>CSV files (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="472" />
      <source>CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="475" />
      <source>Exported placements to {0} and actions to {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="482" />
      <source>Export Markdown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="482" />
      <source>Markdown files (*.md)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="488" />
      <source>Markdown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="501" />
      <source>Nothing to put in a calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="502" />
      <source>No action has a due date (YYYY-MM-DD) yet; add due dates in the plan first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="504" />
      <source>Export action calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="504" />
      <source>Calendar files (*.ics)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="507" />
      <source>the calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="509" />
      <source>Exported {0} action(s) with a due date to {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="511" />
      <source>; {0} without a due date left out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="538" />
      <source>Round to draw:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="543" />
      <location filename="../../collabworkshop/ui/main_window.py" line="538" />
      <source>Export board image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="543" />
      <source>PNG images (*.png)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="548" />
      <source>the board image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="550" />
      <source>Board image written to {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="588" />
      <source>Next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="589" />
      <source>Previous step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="590" />
      <source>Start or pause the step timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="591" />
      <source>Present: the audience display (full-screen)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="592" />
      <source>Show or hide the facilitator console panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="593" />
      <source>Blackout: blank the display, and back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="594" />
      <source>Leave presentation mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="595" />
      <source>Set-up, or go to a step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="596" />
      <source>Move between tokens on the board</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="597" />
      <source>Move the focused token (when a token has focus)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="598" />
      <source>Move the focused token to a pole</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="599" />
      <source>Keep the token's move / put it back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="600" />
      <source>Zoom the board</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="601" />
      <source>Take the focused token off the line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="602" />
      <source>Undo / redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="603" />
      <source>Generate the action plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="604" />
      <source>Accept / drop the selected action (plan)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="605" />
      <source>Move the selected action or agenda step up / down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="606" />
      <source>Edit the agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="607" />
      <source>New session / new session from a template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="608" />
      <source>Open / save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="609" />
      <source>Export the PDF report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="610" />
      <source>Light / dark / high-contrast theme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="613" />
      <source>Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="618" />
      <source>About CollabWorkshop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="619" />
      <source>&lt;h3&gt;CollabWorkshop {0}&lt;/h3&gt;&lt;p&gt;A facilitated workshop on moving a partnership from cooperation to collaboration. Works offline; your sessions stay on this computer.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="630" />
      <source>Start &amp;follow-up…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="631" />
      <source>A new session with these teams and agenda, today's results as the baseline and the accepted actions to review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="636" />
      <source>&amp;Trend since baseline…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="651" />
      <source>Save the session first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="652" />
      <source>A follow-up starts from a saved session. Save this one, then start the follow-up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="665" />
      <source>Could not start the follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="671" />
      <source>Follow-up started: save it to keep it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="707" />
      <source>New session from &amp;template…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="714" />
      <source>Edit &amp;agenda…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="754" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="755" />
      <source>&amp;Theme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="779" />
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="785" />
      <source>System language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="799" />
      <source>The language changes when CollabWorkshop starts next.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="836" />
      <location filename="../../collabworkshop/ui/main_window.py" line="838" />
      <source>&amp;Present</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="839" />
      <source>Show or hide the audience &amp;display</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="841" />
      <source>S&amp;wap screens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="842" />
      <source>&amp;Blackout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="844" />
      <source>&amp;Start or pause the timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="845" />
      <source>&amp;Add a minute</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="847" />
      <source>&amp;Reset the timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="850" />
      <source>Leave presentation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="862" />
      <source>Facilitator console</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/main_window.py" line="869" />
      <source>Facilitator &amp;console panel</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NotesPanel</name>
    <message>
      <location filename="../../collabworkshop/ui/notes_panel.py" line="43" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/notes_panel.py" line="43" />
      <source>Dimension</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/notes_panel.py" line="43" />
      <source>Text (F2 to edit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/notes_panel.py" line="69" />
      <source>Kind of note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/notes_panel.py" line="73" />
      <source>Dimension of the note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/notes_panel.py" line="82" />
      <source>Type, then Enter to add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/notes_panel.py" line="83" />
      <source>New note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/notes_panel.py" line="84" />
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/notes_panel.py" line="85" />
      <source>Add the note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/notes_panel.py" line="94" />
      <source>Notes and decisions for this step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/notes_panel.py" line="96" />
      <source>&lt;b&gt;Parking lot&lt;/b&gt; (from every step)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/notes_panel.py" line="99" />
      <source>Parking lot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/notes_panel.py" line="101" />
      <source>Delete selected note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/notes_panel.py" line="140" />
      <source>&lt;b&gt;This step&lt;/b&gt;: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/notes_panel.py" line="144" />
      <source>Whole step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/notes_panel.py" line="184" />
      <source>Add {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/notes_panel.py" line="208" />
      <source>Edit note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/notes_panel.py" line="223" />
      <source>Delete note</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="96" />
      <location filename="../../collabworkshop/ui/pages.py" line="197" />
      <source>&amp;Hide placements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="99" />
      <source>Blind placement: hide everyone's tokens and the statistics until you reveal them (this round only).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="101" />
      <location filename="../../collabworkshop/ui/pages.py" line="255" />
      <source>Show &amp;movement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="104" />
      <source>Arrows from each token's place in the previous round to this one, and whether the group converges.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="106" />
      <source>Add &amp;re-placement round</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="108" />
      <source>After the discussion: place the tokens of this round again, in a new round (all rounds are kept).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="125" />
      <source>Placed count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="197" />
      <source>&amp;Reveal placements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="213" />
      <source>Tokens and statistics stay hidden until the facilitator reveals them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="214" />
      <location filename="../../collabworkshop/ui/pages.py" line="211" />
      <source>Placed: {0} of {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="236" />
      <source>Hide placements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="236" />
      <source>Reveal placements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="255" />
      <source>Hide &amp;movement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="307" />
      <source>{0}: every dimension is aligned (lowest rwg {1}, on {2}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="311" />
      <source>Most divergent in {0}: &lt;b&gt;{1}&lt;/b&gt; ({2}, rwg {3}, SD {4:.0f})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="324" />
      <source>and</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="325" />
      <source>points apart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="330" />
      <source>Perception gaps of 25 points or more: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="331" />
      <source> and {0} more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="333" />
      <source>No two teams are 25 points or more apart.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="351" />
      <source>Workshop summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="354" />
      <source>&amp;Save session as…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="355" />
      <source>Export &amp;PDF report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="356" />
      <source>Export &amp;JSON…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="380" />
      <source>Largest gap: &lt;b&gt;{0}&lt;/b&gt;, from {1} today to {2} needed ({3}, {4}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="395" />
      <source>Agreed actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="398" />
      <source>{0} more suggested, not accepted yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="400" />
      <source>{0} suggested actions, none accepted yet: accept them on the Action plan step.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="403" />
      <source>No action plan yet: go back to the Action plan step to generate one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="413" />
      <source>The step timer has not been used.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="423" />
      <source>over by {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="426" />
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="428" />
      <location filename="../../collabworkshop/ui/pages.py" line="413" />
      <source>Time per step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="429" />
      <source>Step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="429" />
      <source>Planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/pages.py" line="429" />
      <source>Actual</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PdfReport</name>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="185" />
      <source>CollabWorkshop: workshop report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="186" />
      <source>Untitled session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="188" />
      <source>From cooperation to collaboration: where the partnership stands, where it needs to be, and what we agreed to do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="197" />
      <location filename="../../collabworkshop/reports/pdf.py" line="215" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="198" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="199" />
      <source>Facilitator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="200" />
      <location filename="../../collabworkshop/reports/pdf.py" line="403" />
      <source>Teams</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="201" />
      <source>Rounds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="208" />
      <source>Teams taking part</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="213" />
      <source>Token</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="223" />
      <source>No teams were added to this session.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="225" />
      <source>How to read the figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="227" />
      <source>Each team places a token on a line from 0 (cooperation: working side by side) to 100 (collaboration: one team). Further right is not automatically better: the question is where the programme needs to be.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="233" />
      <source>Mean, median, SD (standard deviation) and IQR (interquartile range) are in points on that line. n is the number of tokens placed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="238" />
      <source>rwg is within-group agreement, from 0 (no agreement) to 1 (full agreement); Consensus is Tastle and Wierman's measure on the same 0 to 1 scale. Agreement is Aligned at rwg 0.70 or more, Mixed from 0.50, Divided below 0.50, decided on rwg as printed (two decimals). With few teams rwg moves a lot, so read it beside n and the spread.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="246" />
      <source>The gap is the median of Needed minus the median of Today, each from its latest placement (a re-placement after discussion, when there is one, unless the session is set to the first). Maintain: under {moderate} points; Moderate: {moderate} to {major}; Major: {major} or more, decided on the gap as printed (one decimal). A negative gap is a decision to step back towards cooperation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="255" />
      <source>A dash (-) marks a figure that cannot be computed from the tokens placed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="274" />
      <source>Round {number}: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="283" />
      <location filename="../../collabworkshop/reports/pdf.py" line="333" />
      <location filename="../../collabworkshop/reports/pdf.py" line="581" />
      <location filename="../../collabworkshop/reports/pdf.py" line="414" />
      <source>Dimension</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="284" />
      <source>n</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="285" />
      <source>Mean</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="286" />
      <source>Median</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="287" />
      <location filename="../../collabworkshop/reports/pdf.py" line="380" />
      <source>SD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="288" />
      <source>IQR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="289" />
      <location filename="../../collabworkshop/reports/pdf.py" line="379" />
      <source>rwg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="290" />
      <source>Consensus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="291" />
      <location filename="../../collabworkshop/reports/pdf.py" line="381" />
      <source>Agreement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="300" />
      <source>Most divergent dimension: none (fewer than two tokens on every line).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="303" />
      <source>Most divergent dimension: {name} (rwg {rwg}, {band}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="315" />
      <source>Gaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="316" />
      <source>A gap needs a Today and a Needed round; this session has only one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="322" />
      <source>Gap from {first} to {second}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="325" />
      <source>Median position in each round, and the distance between them in points.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="334" />
      <location filename="../../collabworkshop/reports/pdf.py" line="335" />
      <source>{round} median</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="336" />
      <source>Gap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="337" />
      <source>Class</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="367" />
      <source>Divergence and perception gaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="369" />
      <source>The dimension with the lowest agreement (rwg) in each round: where the room saw things most differently.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="377" />
      <location filename="../../collabworkshop/reports/pdf.py" line="580" />
      <location filename="../../collabworkshop/reports/pdf.py" line="413" />
      <source>Round</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="378" />
      <source>Most divergent dimension</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="387" />
      <source>Perception gaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="389" />
      <source>Teams, or organisations (the mean of their teams), whose positions on a line are {points} points or more apart. These are worth talking through: partners may see the same partnership differently, or want different things from it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="406" />
      <source>Organisations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="415" />
      <source>Between</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="416" />
      <source>Further right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="417" />
      <source>Further left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="418" />
      <source>Points apart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="428" />
      <source>No teams or organisations are {points} points or more apart.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="438" />
      <source>Action plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="441" />
      <source>No actions were agreed in this session.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="445" />
      <source>Each action has one accountable owner, a due date and a measure that shows it worked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="458" />
      <source>(suggestion, not accepted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="462" />
      <source>Impact {impact}, effort {effort}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="467" />
      <source>No owner yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="470" />
      <source>Supported by {teams}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="474" />
      <source>Due {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="481" />
      <source>Action and lever</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="482" />
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="483" />
      <source>Success measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="484" />
      <source>Owner, supporters, due date, status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="496" />
      <source>Executive summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="502" />
      <source>Lever vote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="505" />
      <source>No lever vote was taken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="510" />
      <source>Dots each team spread over the six levers; most dots first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="516" />
      <source>Lever</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="517" />
      <source>Dots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="518" />
      <source>Share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="519" />
      <source>Teams voting for it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="533" />
      <source>Notes, decisions and parking lot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="535" />
      <source>No notes were taken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="538" />
      <source>Decisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="539" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="540" />
      <source>Parking lot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="555" />
      <source>What was said</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="555" />
      <source>Step, dimension</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="565" />
      <source>Appendix: raw placements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="568" />
      <source>No tokens were placed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="572" />
      <source>Every token placed, by round and dimension; position on the 0 to 100 line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="582" />
      <location filename="../../collabworkshop/reports/pdf.py" line="214" />
      <source>Team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="583" />
      <source>Participant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="584" />
      <source>Position</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="715" />
      <source>Page {page} of {pages}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="753" />
      <source>cannot make the report in memory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="758" />
      <source>the report could not be drawn completely</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="770" />
      <source>Workshop report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="784" />
      <source>cannot write {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/pdf.py" line="790" />
      <source>cannot add a page to {path}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="43" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="44" />
      <location filename="../../collabworkshop/ui/plan_page.py" line="249" />
      <source>Lever</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="45" />
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="46" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="47" />
      <source>Supporting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="48" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="49" />
      <source>Success measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="50" />
      <location filename="../../collabworkshop/ui/plan_page.py" line="255" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="51" />
      <source>Impact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="52" />
      <source>Effort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="55" />
      <source>The one accountable owner: a team or a person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="56" />
      <source>Teams supporting the owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="57" />
      <source>The numbers that raised the action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="60" />
      <source>Suggested</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="131" />
      <source>(to assign)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="144" />
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="187" />
      <source>Edit action owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="267" />
      <source>Accountable owner: a team or a person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="271" />
      <source>Supporting teams (Space ticks a team)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="288" />
      <source>Due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="342" />
      <source>&amp;Generate suggestions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="344" />
      <source>Suggest 3 to 7 actions from the gaps and agreement. Accepted actions stay; earlier suggestions are replaced (undo restores them).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="347" />
      <source>A&amp;ccept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="348" />
      <source>Accept the selected suggestion (Ctrl+Return)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="349" />
      <source>Accept a&amp;ll</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="350" />
      <source>Accept every suggestion in the plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="351" />
      <source>&amp;Add action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="352" />
      <source>Add an action of your own</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="353" />
      <source>&amp;Drop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="354" />
      <source>Drop the selected action or suggestion (Delete)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="355" />
      <source>Move &amp;up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="356" />
      <source>Move the selected action up (Alt+Up)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="357" />
      <source>Move do&amp;wn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="358" />
      <source>Move the selected action down (Alt+Down)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="371" />
      <source>Action plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="373" />
      <source>Suggested actions are tagged Suggested and shown in italics until accepted. Ctrl+Return accepts, Delete drops, Alt+Up and Alt+Down reorder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="449" />
      <source>1 action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="449" />
      <source>{0} actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/plan_page.py" line="451" />
      <source>, {0} suggested</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Recovery</name>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="69" />
      <source>another CollabWorkshop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="71" />
      <source>process {0} on {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="103" />
      <source>{0}: this session is already open in CollabWorkshop (process {1} on {2})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="115" />
      <source>{0}: this session is already open in CollabWorkshop ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="206" />
      <source>Untitled session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="210" />
      <source>untitled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="213" />
      <source>“{0}” ({1}, last change {2}; it cannot be read: {3})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="216" />
      <source>“{0}” ({1}, last change {2}, {3} teams, {4} placements)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="235" />
      <source>{0} today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="237" />
      <source>{0} yesterday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="385" />
      <source>Recover a session?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="387" />
      <source>CollabWorkshop did not close properly last time. A session was kept:

{0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="390" />
      <source>Recover opens it as an untitled session; save it to keep it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="391" />
      <source>Its file is gone; Recover saves it there again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="392" />
      <source>It has changes its file does not have; Recover saves them to the file (the file as it is now is kept as a backup).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="394" />
      <source>Its file was changed after this copy; Recover opens the copy as an untitled session and leaves the file as it is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="396" />
      <source>It cannot be opened; you can only discard it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="399" />
      <source>Its file: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="404" />
      <source>&amp;Recover</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="405" />
      <source>&amp;Discard…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="406" />
      <source>&amp;Later</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="417" />
      <source>Could not recover the session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="423" />
      <source>Discard the session?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/recovery.py" line="424" />
      <source>Delete {0} for good? This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="132" />
      <source>{0} and {1}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="142" />
      <source>%n team|%n teams</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="144" />
      <source>%n organisation|%n organisations</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="144" />
      <source>{0} from {1}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="146" />
      <source>%n participant|%n participants</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="147" />
      <source>{0} placed tokens on {1} in {2}.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="149" />
      <source>%n dimension|%n dimensions</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="150" />
      <source>%n round|%n rounds</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="164" />
      <source>{0} ({1} points, {2})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="169" />
      <source>The biggest gaps from {0} to {1} are on {2}; {3}.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="171" />
      <source>%n dimension has a major gap|%n dimensions have a major gap</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="175" />
      <source>No dimension shows a moderate or major gap from {0} to {1}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="189" />
      <source>The room disagreed most on {0} in {1} (rwg {2}{3}).</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="209" />
      <source>Agreement in {0}: {1} of %n dimension aligned, {2} mixed, {3} divided.|Agreement in {0}: {1} of %n dimensions aligned, {2} mixed, {3} divided.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="223" />
      <source>%n dot|%n dots</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="223" />
      <source>The lever vote put {0} first ({1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="225" />
      <location filename="../../collabworkshop/reports/markdown.py" line="194" />
      <source>No lever vote was taken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="232" />
      <source>The plan has {0}: {1} with an owner, {2} with a due date</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="233" />
      <source>%n action|%n actions</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../collabworkshop/reports/content.py" line="236" />
      <source>, %n still a suggestion nobody has accepted</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../collabworkshop/reports/content.py" line="239" />
      <source>No actions were agreed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/gapchart.py" line="106" />
      <source>A gap chart needs a Today and a Needed round; this session has only one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/gapchart.py" line="117" />
      <location filename="../../collabworkshop/reports/gapchart.py" line="117" />
      <location filename="../../collabworkshop/reports/markdown.py" line="151" />
      <location filename="../../collabworkshop/reports/markdown.py" line="151" />
      <source>{0} median</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/gapchart.py" line="126" />
      <source>from one to the other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/gapchart.py" line="138" />
      <source>← Cooperation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/gapchart.py" line="139" />
      <source>Collaboration →</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/gapchart.py" line="141" />
      <source>Gap (points)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/gapchart.py" line="182" />
      <source>no gap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/gapchart.py" line="194" />
      <source>Arrow from the {0} median to the {1} median. Dashed: under {2} points (maintain). Bold figure: {3} points or more (major).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="108" />
      <source>Why: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="109" />
      <source>Owner: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="109" />
      <source>no owner yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="111" />
      <source>Supporting: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="113" />
      <source>Success measure: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="114" />
      <source>Lever: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="115" />
      <source>Status: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="117" />
      <source>Workshop: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="126" />
      <source>Workshop actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/ics.py" line="133" />
      <source>{0}: action plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="85" />
      <location filename="../../collabworkshop/reports/text.py" line="149" />
      <source>Untitled session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="87" />
      <location filename="../../collabworkshop/reports/markdown.py" line="106" />
      <location filename="../../collabworkshop/reports/text.py" line="153" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="88" />
      <location filename="../../collabworkshop/reports/text.py" line="154" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="89" />
      <location filename="../../collabworkshop/reports/text.py" line="155" />
      <source>Facilitator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="90" />
      <location filename="../../collabworkshop/reports/markdown.py" line="100" />
      <location filename="../../collabworkshop/reports/markdown.py" line="191" />
      <location filename="../../collabworkshop/reports/markdown.py" line="172" />
      <source>Teams</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="91" />
      <source>Rounds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="94" />
      <source>Positions run from 0 (cooperation: working side by side) to 100 (collaboration: one team).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="96" />
      <source>Executive summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="106" />
      <source>Token</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="106" />
      <location filename="../../collabworkshop/reports/markdown.py" line="244" />
      <source>Team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="106" />
      <source>Participants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="108" />
      <source>No teams were added to this session.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="113" />
      <source>blind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="113" />
      <source>baseline from an earlier session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="117" />
      <source>re-placement of {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="120" />
      <source>Round {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="128" />
      <location filename="../../collabworkshop/reports/markdown.py" line="151" />
      <location filename="../../collabworkshop/reports/markdown.py" line="179" />
      <location filename="../../collabworkshop/reports/markdown.py" line="244" />
      <location filename="../../collabworkshop/reports/text.py" line="163" />
      <location filename="../../collabworkshop/reports/text.py" line="203" />
      <location filename="../../collabworkshop/reports/text.py" line="181" />
      <source>Dimension</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="128" />
      <location filename="../../collabworkshop/reports/text.py" line="163" />
      <source>Mean</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="128" />
      <location filename="../../collabworkshop/reports/text.py" line="163" />
      <source>Median</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="128" />
      <location filename="../../collabworkshop/reports/text.py" line="163" />
      <source>SD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="128" />
      <location filename="../../collabworkshop/reports/text.py" line="163" />
      <source>IQR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="128" />
      <location filename="../../collabworkshop/reports/text.py" line="163" />
      <source>Consensus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="129" />
      <source>Agreement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="136" />
      <source>Most divergent dimension: none (fewer than two tokens on every line).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="140" />
      <source>Most divergent dimension: **{0}** (rwg {1}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="146" />
      <source>Gaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="149" />
      <source>Median of {0} minus median of {1}, in points.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="151" />
      <location filename="../../collabworkshop/reports/text.py" line="188" />
      <location filename="../../collabworkshop/reports/text.py" line="181" />
      <source>Gap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="151" />
      <location filename="../../collabworkshop/reports/text.py" line="181" />
      <source>Class</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="157" />
      <source>Maintain: under {0} points; moderate: {0} to {1}; major: {1} or more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="162" />
      <location filename="../../collabworkshop/reports/text.py" line="189" />
      <source>A gap needs a Today and a Needed round; this session has only one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="165" />
      <source>Perception gaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="174" />
      <source>Organisations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="179" />
      <location filename="../../collabworkshop/reports/markdown.py" line="244" />
      <location filename="../../collabworkshop/reports/text.py" line="203" />
      <source>Round</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="179" />
      <source>Between</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="179" />
      <source>Further right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="179" />
      <source>Further left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="179" />
      <source>Points apart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="184" />
      <source>No teams or organisations are {0} points or more apart.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="187" />
      <source>Lever vote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="191" />
      <location filename="../../collabworkshop/reports/markdown.py" line="216" />
      <source>Lever</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="191" />
      <source>Dots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="197" />
      <source>Action plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="204" />
      <source> (suggestion)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="216" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="216" />
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="216" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="216" />
      <source>Supporting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="216" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="216" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="217" />
      <source>Success measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="217" />
      <source>Impact / effort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="222" />
      <source>No actions were agreed in this session.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="225" />
      <source>Notes, decisions and parking lot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="238" />
      <source>No notes were taken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="240" />
      <source>Appendix: raw placements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="244" />
      <source>Participant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="244" />
      <source>Position</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/markdown.py" line="250" />
      <source>No tokens were placed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/text.py" line="159" />
      <source>Teams: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/text.py" line="161" />
      <source>Positions run from 0 (cooperation) to 100 (collaboration).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/text.py" line="164" />
      <location filename="../../collabworkshop/reports/text.py" line="203" />
      <source>Band</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/text.py" line="173" />
      <source>Round: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/text.py" line="179" />
      <source>Gap: {0} -&gt; {1} (median)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/text.py" line="183" />
      <source>Maintain: |gap| &lt; {0}; moderate: {0} to {1}; major: {1} or more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/reports/text.py" line="192" />
      <source>Most divergent dimension (lowest rwg)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <location filename="../../collabworkshop/ui/review_page.py" line="57" />
      <source>Actions from the last workshop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/review_page.py" line="58" />
      <source>Press F2 or start typing on a status, owner or due date to change it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/review_page.py" line="96" />
      <source>No actions were carried from the last workshop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/review_page.py" line="99" />
      <source>{0} actions: {1} done, {2} in progress, {3} blocked, {4} not started</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SessionController</name>
    <message>
      <location filename="../../collabworkshop/controller.py" line="224" />
      <source>Untitled session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/controller.py" line="292" />
      <location filename="../../collabworkshop/controller.py" line="309" />
      <source>A team needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/controller.py" line="346" />
      <source>New action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/controller.py" line="368" />
      <source>Accept {0} suggestions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/controller.py" line="392" />
      <source>After discussion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/controller.py" line="392" />
      <source>After discussion {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/controller.py" line="395" />
      <source>Place again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/controller.py" line="395" />
      <source>Place again ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/controller.py" line="397" />
      <source>After the discussion: place your tokens again where you now see it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/controller.py" line="401" />
      <source>Add re-placement round</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/controller.py" line="496" />
      <source>Could not record the change: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/controller.py" line="506" />
      <source>Could not update {0}: {1}. Your work is kept; use Save As to save it elsewhere.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SetupPage</name>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="55" />
      <source>Session set-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="59" />
      <source>Session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="62" />
      <source>&amp;Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="62" />
      <source>&amp;Organisation or programme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="63" />
      <source>&amp;Facilitator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="73" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="77" />
      <source>&amp;Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="80" />
      <location filename="../../collabworkshop/ui/setup_page.py" line="97" />
      <source>Teams</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="84" />
      <source>Team name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="85" />
      <source>New team name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="88" />
      <location filename="../../collabworkshop/ui/setup_page.py" line="98" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="89" />
      <source>New team organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="91" />
      <source>&amp;Add team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="98" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="98" />
      <source>Colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="106" />
      <source>&amp;Colour…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="107" />
      <source>&amp;Remove team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="112" />
      <source>Double-click a name or organisation to rename it. Removing a team removes its placements (Undo brings them back).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="193" />
      <source>Colour for {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="205" />
      <source>Participants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="207" />
      <source>Each &amp;team places one token</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="208" />
      <source>Each &amp;participant places a token</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="218" />
      <source>Participant name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="219" />
      <source>New participant name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="222" />
      <source>Team of the participant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="223" />
      <source>Add &amp;participant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="230" />
      <source>Participants by team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="235" />
      <source>&amp;Move to team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="236" />
      <source>Move the selected participant to the team chosen above</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="237" />
      <source>Remo&amp;ve participant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="242" />
      <source>In participant mode everyone places their own token, in their team's colour; the board also shows each team's mean. Double-click a name to rename it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="277" />
      <source>{0} ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="311" />
      <source>Participants place tokens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="311" />
      <source>Teams place tokens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="323" />
      <source>Add {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="334" />
      <source>Remove {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="348" />
      <source>Move {0} to {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="358" />
      <source>A participant needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/setup_page.py" line="363" />
      <source>Rename {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SpectrumBoard</name>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="98" />
      <source>One row per dimension from cooperation (0) to collaboration (100). Tab to a token; arrow keys move it, Shift+arrow by 10, Home and End to the poles; Enter keeps the move, Escape puts the token back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="170" />
      <source>midpoint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="177" />
      <source>cooperation side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="177" />
      <source>collaboration side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="178" />
      <source>{0} side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="339" />
      <location filename="../../collabworkshop/ui/board.py" line="575" />
      <source>not placed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="341" />
      <source>placed, hidden until the reveal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="342" />
      <source>{0} of 100</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="706" />
      <source>placed: {0} of {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="709" />
      <source>median {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="710" />
      <source>no placements yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="712" />
      <source>median</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="718" />
      <source>median before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="722" />
      <source>{0} → {1}, gap {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="735" />
      <source>rwg {0} → {1} {2} {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="780" />
      <source>movement since the previous round</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="815" />
      <source>{0}: team mean {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="835" />
      <source>{0} ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="847" />
      <source>dashed: {0}   ▲ median</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="873" />
      <source>gap {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/board.py" line="1033" />
      <source>Spectrum board</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <location filename="../../collabworkshop/ui/start_page.py" line="36" />
      <source>CollabWorkshop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/start_page.py" line="41" />
      <source>CollabWorkshop logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/start_page.py" line="45" />
      <source>From cooperation to collaboration: place your teams on the spectrum, see where you agree, and leave with a plan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/start_page.py" line="52" />
      <source>&amp;New session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/start_page.py" line="54" />
      <source>&amp;Open a session file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/start_page.py" line="55" />
      <source>Open the &amp;sample session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/start_page.py" line="56" />
      <source>A fictional harbour alliance of five teams, with placements and a plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/start_page.py" line="61" />
      <source>&amp;Recent sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/start_page.py" line="64" />
      <source>Recent sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/start_page.py" line="70" />
      <source>No recent sessions yet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StatsPanel</name>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="97" />
      <source>too few to tell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="107" />
      <source>Points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="108" />
      <location filename="../../collabworkshop/ui/stats_panel.py" line="175" />
      <source>Dimension</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="109" />
      <source>Further right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="110" />
      <source>Further left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="111" />
      <source>Between</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="176" />
      <location filename="../../collabworkshop/ui/stats_panel.py" line="191" />
      <location filename="../../collabworkshop/ui/stats_panel.py" line="679" />
      <source>n</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="177" />
      <location filename="../../collabworkshop/ui/stats_panel.py" line="193" />
      <location filename="../../collabworkshop/ui/stats_panel.py" line="679" />
      <source>Median</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="178" />
      <location filename="../../collabworkshop/ui/stats_panel.py" line="198" />
      <source>rwg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="179" />
      <location filename="../../collabworkshop/ui/stats_panel.py" line="200" />
      <source>Agreement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="181" />
      <source>Gap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="181" />
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="183" />
      <location filename="../../collabworkshop/ui/stats_panel.py" line="192" />
      <location filename="../../collabworkshop/ui/stats_panel.py" line="679" />
      <source>Mean</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="184" />
      <location filename="../../collabworkshop/ui/stats_panel.py" line="194" />
      <source>SD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="185" />
      <location filename="../../collabworkshop/ui/stats_panel.py" line="196" />
      <source>Q1–Q3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="186" />
      <location filename="../../collabworkshop/ui/stats_panel.py" line="195" />
      <source>IQR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="187" />
      <location filename="../../collabworkshop/ui/stats_panel.py" line="197" />
      <location filename="../../collabworkshop/ui/stats_panel.py" line="679" />
      <source>Min–max</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="188" />
      <location filename="../../collabworkshop/ui/stats_panel.py" line="199" />
      <source>Consensus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="244" />
      <source>Most divergent dimension</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="250" />
      <source>Charts and breakdowns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="256" />
      <source>Spread of every dimension</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="263" />
      <source>Chart key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="265" />
      <source>&amp;Spread</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="268" />
      <source>Profile across the characteristics, one line per round</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="269" />
      <source>P&amp;rofile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="271" />
      <source>Figures per team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="272" />
      <source>&amp;Teams</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="275" />
      <source>Teams and organisations 25 points or more apart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="279" />
      <source>&amp;Gaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="283" />
      <source>Statistics for every dimension</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="294" />
      <source>Gaps &amp;use:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="297" />
      <source>the latest placement (after discussion)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="298" />
      <source>the first placement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="299" />
      <source>Placement the gaps use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="300" />
      <source>Gaps, the plan and the reports compare Today and Needed; with a re-placement after discussion, choose which placement they use.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="395" />
      <source>○ {0} (hollow) · ● {1} · ◆ mean · ┃ median · ▭ middle half (IQR) · → gap {2} to {3}, in points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="400" />
      <source>● one dot per placement · ◆ mean · ┃ median · ▭ middle half (IQR) · {0} dashed outline: most divergent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="479" />
      <source>Use the latest placement for gaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="480" />
      <source>Use the first placement for gaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="607" />
      <source>Most divergent in {0}: needs two placements on a line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="612" />
      <source>{0} {1}: every dimension is aligned; the lowest rwg is &lt;b&gt;{2}&lt;/b&gt;'s, {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="618" />
      <source>{0} Most divergent in {1}: &lt;b&gt;{2}&lt;/b&gt; · rwg {3} ({4}) · SD {5:.0f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="650" />
      <source>{0} of {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="679" />
      <location filename="../../collabworkshop/ui/stats_panel.py" line="681" />
      <source>Team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="679" />
      <location filename="../../collabworkshop/ui/stats_panel.py" line="681" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="686" />
      <source>Change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="686" />
      <source>{0} mean</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="710" />
      <location filename="../../collabworkshop/ui/stats_panel.py" line="747" />
      <source>Teams</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="710" />
      <source>Teams: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="747" />
      <source>Organisations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="764" />
      <source>No two teams or organisations are 25 points or more apart.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="770" />
      <source>&amp;Gaps ({0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/stats_panel.py" line="782" />
      <source>Most divergent dimension (lowest rwg)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Themes</name>
    <message>
      <location filename="../../resources/themes/palettes.json" line="0" />
      <source>Light</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/themes/palettes.json" line="0" />
      <source>Dark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/themes/palettes.json" line="0" />
      <source>High contrast (projector)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Timer</name>
    <message>
      <location filename="../../collabworkshop/ui/timer.py" line="202" />
      <location filename="../../collabworkshop/ui/timer.py" line="245" />
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/timer.py" line="203" />
      <source>Start or pause the timer (Space)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/timer.py" line="204" />
      <source>+1 min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/timer.py" line="205" />
      <source>Add a minute</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/timer.py" line="206" />
      <source>Add a minute to this step's timebox</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/timer.py" line="207" />
      <source>Reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/timer.py" line="208" />
      <source>Reset the timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/timer.py" line="221" />
      <source>Time's up — over by {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/timer.py" line="224" />
      <source>left of {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/timer.py" line="227" />
      <source>elapsed (no timebox)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/timer.py" line="230" />
      <source> · paused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/timer.py" line="230" />
      <source> · not started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/timer.py" line="242" />
      <source>Timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/timer.py" line="245" />
      <source>Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/timer.py" line="246" />
      <source>Pause the timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/timer.py" line="246" />
      <source>Start the timer</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Trend</name>
    <message>
      <location filename="../../collabworkshop/planning/trend.py" line="90" />
      <location filename="../../collabworkshop/planning/trend.py" line="99" />
      <source>not comparable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/planning/trend.py" line="92" />
      <location filename="../../collabworkshop/planning/trend.py" line="101" />
      <source>about the same</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/planning/trend.py" line="93" />
      <source>toward collaboration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/planning/trend.py" line="93" />
      <source>toward cooperation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/planning/trend.py" line="102" />
      <source>more agreement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/planning/trend.py" line="102" />
      <source>less agreement</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrendView</name>
    <message>
      <location filename="../../collabworkshop/ui/trend_view.py" line="36" />
      <source>Dimension</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/trend_view.py" line="37" />
      <source>Baseline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/trend_view.py" line="38" />
      <source>Now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/trend_view.py" line="39" />
      <source>Position change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/trend_view.py" line="40" />
      <source>Baseline agreement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/trend_view.py" line="41" />
      <source>Now agreement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/trend_view.py" line="42" />
      <source>Agreement change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/trend_view.py" line="43" />
      <source>Gap then → now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/trend_view.py" line="60" />
      <source>n = {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/trend_view.py" line="102" />
      <source>0 cooperation … 100 collaboration (median of Today)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/trend_view.py" line="110" />
      <source>Baseline Today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/trend_view.py" line="111" />
      <source>Today now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/trend_view.py" line="155" />
      <source>Trend since the baseline, per dimension</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/trend_view.py" line="165" />
      <source>Chart: baseline and current median per dimension</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/trend_view.py" line="180" />
      <source>No baseline in this session: start a follow-up from a saved session (File → Start follow-up) to see the trend.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/trend_view.py" line="183" />
      <source>Today now against {0}. ▲ up, ▼ down, ▶ about the same, – not placed yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/trend_view.py" line="184" />
      <source>the baseline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/trend_view.py" line="198" />
      <source>Trend since the baseline</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VotePage</name>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="40" />
      <source>1 dot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="40" />
      <source>{0} dots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="92" />
      <source>{0}, {1}, {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="95" />
      <source>{0}: take a dot off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="96" />
      <source>{0}: add a dot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="97" />
      <source>Take a dot off {0} for {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="98" />
      <source>Add a dot on {0} for {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="125" />
      <source>&amp;Dots per team:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="128" />
      <source>Dots per team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="129" />
      <source>How many dots each team spreads over the levers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="137" />
      <source>Vote message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="153" />
      <source>Tally: dots per lever</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="160" />
      <source>Lever</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="160" />
      <source>Dots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="160" />
      <source>Importance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="207" />
      <source>Add teams in the set-up (Ctrl+0) to vote.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="256" />
      <source>⚠ {0} over: take some off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="258" />
      <source>✓ all {0} placed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="260" />
      <source>{0} of {1} left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="261" />
      <location filename="../../collabworkshop/ui/vote_page.py" line="269" />
      <source>{0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="272" />
      <source>{0}: importance {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="275" />
      <source>{0} ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="279" />
      <source>{0} on the levers. Importance from each lever's dots against the top lever's: more than two thirds 3, more than a third 2, else 1; the action plan ranks its suggestions by it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="284" />
      <source>No dots yet: until the teams vote, the action plan weighs every lever the same.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="300" />
      <source>{0} has placed all {1}. Take a dot off another lever first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/vote_page.py" line="310" />
      <source>Change dots per team</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="20" />
      <source>Shared goals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="21" />
      <source>Joint governance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="22" />
      <source>Psychological safety</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="23" />
      <source>Open communication</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="24" />
      <source>Mutual accountability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="25" />
      <source>The right partners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="28" />
      <source>Not started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="29" />
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="30" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="31" />
      <source>Blocked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="34" />
      <source>Information</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="35" />
      <source>Placement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="36" />
      <source>Discussion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="37" />
      <source>Lever vote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="38" />
      <source>Action plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="39" />
      <source>Review actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="40" />
      <source>Wrap-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="43" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="44" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="45" />
      <source>Parking lot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="48" />
      <source>Aligned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="49" />
      <source>Mixed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="50" />
      <source>Divided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="53" />
      <source>Maintain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="54" />
      <source>Moderate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="55" />
      <source>Major</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="58" />
      <source>Converging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="59" />
      <source>Steady</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="60" />
      <source>Diverging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="64" />
      <source>Low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="65" />
      <source>Medium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/model/words.py" line="66" />
      <source>High</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WorkshopView</name>
    <message>
      <location filename="../../collabworkshop/ui/workshop_view.py" line="60" />
      <source>Workshop steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/workshop_view.py" line="76" />
      <source>← Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/workshop_view.py" line="77" />
      <source>Previous step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/workshop_view.py" line="78" />
      <source>Previous step (Page Up)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/workshop_view.py" line="82" />
      <source>Next →</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/workshop_view.py" line="83" />
      <source>Next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/workshop_view.py" line="84" />
      <source>Next step (Page Down)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/workshop_view.py" line="101" />
      <location filename="../../collabworkshop/ui/workshop_view.py" line="177" />
      <source>Set-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/workshop_view.py" line="102" />
      <source>Session facts and teams</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../collabworkshop/ui/workshop_view.py" line="179" />
      <source>Step {0} of {1}: {2}</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
