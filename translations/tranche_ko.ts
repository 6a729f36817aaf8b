<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AarWriter</name>
    <message>
        <source>After-action report</source>
        <translation>사후 검토 보고서</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
    <message>
        <source>DRAFT - not every objective is rated yet</source>
        <translation>초안 - 아직 모든 목표가 평가되지 않았습니다</translation>
    </message>
    <message>
        <source>month %1 (%2)</source>
        <translation>%1개월 차(%2)</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>%1개월 차</translation>
    </message>
    <message>
        <source>%1 in phase %2</source>
        <translation>%2 단계의 %1</translation>
    </message>
    <message>
        <source>advance 1 month</source>
        <translation>1개월 진행</translation>
    </message>
    <message>
        <source>advance %1 months</source>
        <translation>%1개월 진행</translation>
    </message>
    <message>
        <source>advance a turn</source>
        <translation>한 턴 진행</translation>
    </message>
    <message>
        <source>%1 more months</source>
        <translation>%1개월 추가</translation>
    </message>
    <message>
        <source>%1 reversed</source>
        <translation>%1 이행 철회</translation>
    </message>
    <message>
        <source>%1 delayed to %2</source>
        <translation>%1을(를) %2(으)로 연기</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>DRAFT: the log has no final rating for every objective yet; the proposed ratings below are the engine&apos;s.</source>
        <translation>초안: 로그에 아직 모든 목표의 최종 평가가 없습니다. 아래의 제안 평가는 엔진이 산출한 것입니다.</translation>
    </message>
    <message>
        <source>%1 months, %2 to %3</source>
        <translation>%1개월, %2~%3</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>세부 내용</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>연습</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Months played</source>
        <translation>진행한 기간(개월)</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>턴 수</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>none named in the log</source>
        <translation>로그에 명시된 참가자 없음</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>The package names no objectives.</source>
        <translation>패키지에 명시된 목표가 없습니다.</translation>
    </message>
    <message>
        <source>Ratings: P performed without challenges, S with some, M with major challenges, U unable to be performed. The engine proposes P, M or U from the figures; the final rating is the evaluators&apos;.</source>
        <translation>평가: P 문제없이 수행, S 일부 문제가 있으나 수행, M 중대한 문제가 있으나 수행, U 수행 불가. 엔진은 수치를 바탕으로 P, M 또는 U를 제안하며, 최종 평가는 평가관이 내립니다.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Figures behind it</source>
        <translation>근거 수치</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>최종</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>평가 안 됨</translation>
    </message>
    <message>
        <source>What happened, turn by turn</source>
        <translation>턴별 진행 경과</translation>
    </message>
    <message>
        <source>Months 0 to %1 were played before the exercise opened, as the plan has them.</source>
        <translation>0~%1개월 차는 연습 개시 전에 계획대로 진행되었습니다.</translation>
    </message>
    <message>
        <source>No turn has been played yet.</source>
        <translation>아직 진행한 턴이 없습니다.</translation>
    </message>
    <message>
        <source>Turn %1: %2 to %3</source>
        <translation>제%1턴: %2~%3</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>진행 경과</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Inject: %1</source>
        <translation>상황 부여: %1</translation>
    </message>
    <message>
        <source>control</source>
        <translation>통제관</translation>
    </message>
    <message>
        <source>Nothing but the flow of relief.</source>
        <translation>제재 완화 흐름 외에는 변동 없음.</translation>
    </message>
    <message>
        <source>At the end of the turn (%1): released this turn %2, released in all %3, in escrow %4, kept if they walk now %5.</source>
        <translation>턴 종료 시점(%1): 이번 턴 제공액 %2, 누적 제공액 %3, 에스크로 %4, 즉시 이탈 시 보유액 %5.</translation>
    </message>
    <message>
        <source>In breach; escrow frozen.</source>
        <translation>위반 상태, 에스크로 동결.</translation>
    </message>
    <message>
        <source>Figures X1 to X8 against their thresholds</source>
        <translation>수치 X1~X8과 기준값 비교</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>What it measures</source>
        <translation>측정 내용</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>기준값</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>개선 계획</translation>
    </message>
    <message>
        <source>The log holds no improvement plan yet.</source>
        <translation>로그에 아직 개선 계획이 없습니다.</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>관찰 사항</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>권고 사항</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Appendix: the journal</source>
        <translation>부록: 경과 기록</translation>
    </message>
    <message>
        <source>Every event of every month played, in the order the engine played them.</source>
        <translation>진행한 모든 월의 모든 사건을 엔진이 처리한 순서대로 기록합니다.</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>턴</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>The flow as played against the plan as written, months %1 to %2</source>
        <translation>%1~%2개월 차의 실제 진행 흐름과 계획상 흐름 비교</translation>
    </message>
    <message>
        <source>After-action report: %1</source>
        <translation>사후 검토 보고서: %1</translation>
    </message>
</context>
<context>
    <name>ExerciseFigure</name>
    <message>
        <source>released under overrides while the gate was not met</source>
        <translation>선행 조치가 충족되지 않은 상태에서 예외 적용으로 제공된 금액</translation>
    </message>
    <message>
        <source>= $0</source>
        <translation>= $0</translation>
    </message>
    <message>
        <source>escrowed under the same overrides</source>
        <translation>같은 예외 적용으로 에스크로된 금액</translation>
    </message>
    <message>
        <source>report only</source>
        <translation>보고용</translation>
    </message>
    <message>
        <source>kept if they walk, at the first breach</source>
        <translation>최초 위반 시점에 이탈할 경우 보유액</translation>
    </message>
    <message>
        <source>at most the plan&apos;s own (X3plan)</source>
        <translation>계획 자체의 값(X3plan) 이하</translation>
    </message>
    <message>
        <source>released after the first breach while still in breach</source>
        <translation>최초 위반 후 위반 상태가 지속되는 동안 제공된 금액</translation>
    </message>
    <message>
        <source>escrow that reached the counterpart (escrow breach)</source>
        <translation>상대국에 넘어간 에스크로(에스크로 위반)</translation>
    </message>
    <message>
        <source>turns from the breach to the negotiators&apos; response</source>
        <translation>위반 발생부터 협상단 대응까지의 턴 수</translation>
    </message>
    <message>
        <source>at most 1 turn</source>
        <translation>1턴 이하</translation>
    </message>
    <message>
        <source>new rule violations of the plan as played</source>
        <translation>실제 진행된 계획의 신규 규칙 위반</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>released in all by the last month played</source>
        <translation>마지막 진행 월까지의 누적 제공액</translation>
    </message>
    <message>
        <source>none (no breach)</source>
        <translation>없음(위반 없음)</translation>
    </message>
    <message>
        <source>%1 (plan: %2)</source>
        <translation>%1(계획: %2)</translation>
    </message>
    <message>
        <source>1 turn</source>
        <translation>1턴</translation>
    </message>
    <message>
        <source>%1 turns</source>
        <translation>%1턴</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>대응 없음</translation>
    </message>
    <message>
        <source>met</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation>미충족</translation>
    </message>
</context>
<context>
    <name>ExportNaming</name>
    <message>
        <source>Export Chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>타임라인 내보내기</translation>
    </message>
    <message>
        <source>Export Briefing Report</source>
        <translation>브리핑 보고서 내보내기</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>briefing report</source>
        <translation>브리핑 보고서</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1을(를) 내보냈습니다</translation>
    </message>
    <message>
        <source>Exported %1 pages: %2 … %3</source>
        <translation>%1쪽을 내보냈습니다: %2 … %3</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>내보내기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>제목 없는 계획</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Counterpart: %1</source>
        <translation>상대국: %1</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>시나리오: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>프로필: %1</translation>
    </message>
    <message>
        <source>Classification: %1</source>
        <translation>보안 등급: %1</translation>
    </message>
    <message>
        <source>Value flow charts</source>
        <translation>가치 흐름 차트</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Unknown output format of %1: use .png, .svg or .pdf.</source>
        <translation>%1의 출력 형식을 알 수 없습니다. .png, .svg 또는 .pdf를 사용하십시오.</translation>
    </message>
    <message>
        <source>Cannot encode the PNG image %1.</source>
        <translation>PNG 이미지 %1을(를) 인코딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 내보내는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Timeline, %1</source>
        <translation>타임라인, %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
    <message>
        <source>The timeline needs %1 pages to be read at this page size (no text under 7 pt, no label cut); one %2 file cannot hold them. Export it to PDF, or one file per page (%3 to %4).</source>
        <translation>이 용지 크기에서 타임라인을 읽을 수 있게 하려면 %1쪽이 필요합니다(7pt 미만 글자 없음, 잘리는 레이블 없음). %2 파일 하나에는 담을 수 없습니다. PDF로 내보내거나 쪽마다 파일 하나씩(%3~%4) 내보내십시오.</translation>
    </message>
</context>
<context>
    <name>FixHint</name>
    <message>
        <source>Require at least one counterpart action in the phase, and start each relief no earlier than the first verification of the phase&apos;s actions.</source>
        <translation>단계에 상대국 조치를 하나 이상 요구하고, 각 제재 완화는 그 단계 조치의 첫 검증 시점 이후에 시작하십시오.</translation>
    </message>
    <message>
        <source>Require weightier first steps verified by the month the first relief starts (the profile&apos;s minimum weight), or start that relief later.</source>
        <translation>첫 제재 완화가 시작되는 월까지 검증되는 첫 조치의 가중치를 높이거나(프로필의 최소 가중치), 그 제재 완화를 늦게 시작하십시오.</translation>
    </message>
    <message>
        <source>Lower interim relief at its peak month: reduce extents, shorten or stagger placements, or move relief to the final phase.</source>
        <translation>정점 월의 잠정 제재 완화를 낮추십시오. 완화 범위를 줄이거나, 배치 기간을 줄이거나 시차를 두거나, 제재 완화를 최종 단계로 옮기십시오.</translation>
    </message>
    <message>
        <source>Move relief of a hard-to-reverse item to the final phase, or place an easily reversed variant of it instead.</source>
        <translation>되돌리기 어려운 항목의 제재 완화를 최종 단계로 옮기거나, 대신 쉽게 되돌릴 수 있는 변형 항목을 배치하십시오.</translation>
    </message>
    <message>
        <source>Give the interim relief an end within the profile&apos;s limit (End in the inspector, or Shift+Alt+Left on the timeline).</source>
        <translation>잠정 제재 완화에 프로필 한도 안의 종료 시점을 지정하십시오(속성의 종료 월, 또는 타임라인에서 Shift+Alt+Left).</translation>
    </message>
    <message>
        <source>Turn Snapback on for the interim relief in the inspector.</source>
        <translation>속성에서 잠정 제재 완화의 스냅백(자동 복원)을 켜십시오.</translation>
    </message>
    <message>
        <source>Move relief of an item with lasting benefits to the final phase.</source>
        <translation>장기적 혜택이 있는 항목의 제재 완화를 최종 단계로 옮기십시오.</translation>
    </message>
    <message>
        <source>Escrow the interim relief (100 % avoids the warning) and name its escrow agent and permitted uses in the inspector.</source>
        <translation>잠정 제재 완화를 에스크로로 묶고(100 %이면 경고가 없습니다) 속성에서 에스크로 기관과 허용 용도를 지정하십시오.</translation>
    </message>
    <message>
        <source>Add a final phase that relieves the broad UN and US sanctions, primary trade included, up to the coverage the profile asks.</source>
        <translation>1차 교역을 포함한 유엔 및 미국의 포괄적 제재를 프로필이 요구하는 범위까지 완화하는 최종 단계를 추가하십시오.</translation>
    </message>
    <message>
        <source>Gate the phase on verified nuclear, ICBM and WMD dismantlement and start its relief no earlier than the full verification, or move the big relief to such a phase.</source>
        <translation>핵, ICBM, WMD 폐기의 검증을 이 단계의 선행 조치로 삼고 완전한 검증 이후에 제재 완화를 시작하거나, 큰 제재 완화를 그런 단계로 옮기십시오.</translation>
    </message>
    <message>
        <source>Remove the relief: sanctions on the military, security services, prison system and human-rights abusers stay.</source>
        <translation>이 제재 완화를 제거하십시오. 군, 보안 기관, 수용소 체계, 인권 침해자에 대한 제재는 유지됩니다.</translation>
    </message>
    <message>
        <source>Require a verified financial-sector reform in the phase by the month the relief starts, or start the relief later.</source>
        <translation>제재 완화가 시작되는 월까지 검증되는 금융 부문 개혁을 이 단계에 요구하거나, 제재 완화를 늦게 시작하십시오.</translation>
    </message>
    <message>
        <source>Nothing to fix for the list of legal acts; for the warning, prefer relief by executive action in interim phases.</source>
        <translation>법적 조치 목록은 고칠 것이 없습니다. 경고에 대해서는 잠정 단계에서 행정 조치에 의한 제재 완화를 우선하십시오.</translation>
    </message>
</context>
<context>
    <name>InterimPanel</name>
    <message>
        <source>Interim months 0–%1 at their own scale (top %2)</source>
        <translation>잠정 기간 0–%1개월 차, 별도 축척(최대 %2)</translation>
    </message>
</context>
<context>
    <name>PhaseOverview</name>
    <message>
        <source>%1 · Final</source>
        <translation>%1 · 최종</translation>
    </message>
    <message>
        <source>%1 · Interim</source>
        <translation>%1 · 잠정</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>배치 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>/yr</source>
        <translation>/년</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>조치 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>위반 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>phase months (interim, final)</source>
        <translation>단계 기간(잠정, 최종)</translation>
    </message>
    <message>
        <source>relief active</source>
        <translation>제재 완화 적용 중</translation>
    </message>
    <message>
        <source>action verified</source>
        <translation>조치 검증</translation>
    </message>
</context>
<context>
    <name>PlanRepair</name>
    <message>
        <source>waiver of %1</source>
        <translation>%1의 예외 승인</translation>
    </message>
    <message>
        <source>%1, relief of %2 from month %3</source>
        <translation>%1, %3개월 차부터 %2의 제재 완화</translation>
    </message>
    <message>
        <source>The repair drops this relief placement.</source>
        <translation>복구하면 이 제재 완화 배치가 삭제됩니다.</translation>
    </message>
    <message>
        <source>%1, required action %2</source>
        <translation>%1, 요구 조치 %2</translation>
    </message>
    <message>
        <source>The repair drops this required action.</source>
        <translation>복구하면 이 요구 조치가 삭제됩니다.</translation>
    </message>
    <message>
        <source>The repair drops the variantOf reference; the item stays, as an item of its own.</source>
        <translation>복구하면 variantOf 참조가 삭제됩니다. 항목은 독립된 항목으로 남습니다.</translation>
    </message>
    <message>
        <source>The repair drops this waiver.</source>
        <translation>복구하면 이 예외 승인이 삭제됩니다.</translation>
    </message>
    <message>
        <source>unknown phase &quot;%1&quot; (not in the plan)</source>
        <translation>알 수 없는 단계 &quot;%1&quot;(계획에 없음)</translation>
    </message>
    <message>
        <source>unknown item &quot;%1&quot; (not in the catalog)</source>
        <translation>알 수 없는 항목 &quot;%1&quot;(카탈로그에 없음)</translation>
    </message>
</context>
<context>
    <name>PlayedChart</name>
    <message>
        <source>%1 %2 (month %3)</source>
        <translation>%1 %2(%3개월 차)</translation>
    </message>
    <message>
        <source>Injects: </source>
        <translation>상황 부여: </translation>
    </message>
    <message>
        <source>month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>released in all, as played</source>
        <translation>누적 제공액(실제 진행)</translation>
    </message>
    <message>
        <source>kept if they walk now, as played</source>
        <translation>즉시 이탈 시 보유액(실제 진행)</translation>
    </message>
    <message>
        <source>released in all, as planned</source>
        <translation>누적 제공액(계획)</translation>
    </message>
    <message>
        <source>kept if they walk, as planned</source>
        <translation>이탈 시 보유액(계획)</translation>
    </message>
    <message>
        <source>in breach</source>
        <translation>위반 상태</translation>
    </message>
    <message>
        <source>Decisions: </source>
        <translation>결정: </translation>
    </message>
    <message>
        <source>projected</source>
        <translation>전망</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>결정</translation>
    </message>
</context>
<context>
    <name>PlayedOverlay</name>
    <message>
        <source>now: month %1</source>
        <translation>현재: %1개월 차</translation>
    </message>
    <message>
        <source>months run</source>
        <translation>진행한 기간</translation>
    </message>
    <message>
        <source>started late</source>
        <translation>늦게 시작됨</translation>
    </message>
    <message>
        <source>held</source>
        <translation>보류됨</translation>
    </message>
    <message>
        <source>snapped back</source>
        <translation>스냅백 발동됨</translation>
    </message>
    <message>
        <source>re-imposed</source>
        <translation>재부과됨</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>연장됨</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>검증됨</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>지연됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>현재 시점</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Violation</source>
        <translation>위반</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
    <message>
        <source>Value per month</source>
        <translation>월별 가치</translation>
    </message>
    <message>
        <source>Value per phase and exposure</source>
        <translation>단계별 가치 및 노출액</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n개월</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>제목 없는 계획</translation>
    </message>
    <message>
        <source>Counterpart: %1</source>
        <translation>상대국: %1</translation>
    </message>
    <message>
        <source>Classification: %1</source>
        <translation>보안 등급: %1</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>시나리오: %1</translation>
    </message>
    <message>
        <source>Rule profile: %1</source>
        <translation>규칙 프로필: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>일자: %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>주요 수치</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>계획 기간</translation>
    </message>
    <message>
        <source>Payout month</source>
        <translation>에스크로 지급 시점</translation>
    </message>
    <message>
        <source>Inducement ratio</source>
        <translation>유인 비율</translation>
    </message>
    <message>
        <source>Released over the horizon</source>
        <translation>계획 기간 중 제공액</translation>
    </message>
    <message>
        <source>Largest escrow balance</source>
        <translation>최대 에스크로 잔액</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>검토 결과</translation>
    </message>
    <message>
        <source>%1 violations, %2 warnings, %3 info, %4 waived</source>
        <translation>위반 %1건, 경고 %2건, 정보 %3건, 예외 승인 %4건</translation>
    </message>
    <message>
        <source>Timeline (%1 of %2)</source>
        <translation>타임라인(%2 중 %1)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>The plan has no phases.</source>
        <translation>계획에 단계가 없습니다.</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>단계 %1</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>단계 %1: %2</translation>
    </message>
    <message>
        <source>months %1 to %2</source>
        <translation>%1~%2개월 차</translation>
    </message>
    <message>
        <source>no months (starts and ends at %1)</source>
        <translation>기간 없음(%1에서 시작하고 종료)</translation>
    </message>
    <message>
        <source>Final phase, %1.</source>
        <translation>최종 단계, %1.</translation>
    </message>
    <message>
        <source>Interim phase, %1.</source>
        <translation>잠정 단계, %1.</translation>
    </message>
    <message>
        <source>Gate actions</source>
        <translation>선행 조치</translation>
    </message>
    <message>
        <source>None: this phase requires no action.</source>
        <translation>없음: 이 단계는 조치를 요구하지 않습니다.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Completes</source>
        <translation>폐기 완료</translation>
    </message>
    <message>
        <source>Financial reform</source>
        <translation>금융 개혁</translation>
    </message>
    <message>
        <source>Verified in month</source>
        <translation>검증 시점(개월 차)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>제재 완화</translation>
    </message>
    <message>
        <source>None: this phase grants no relief.</source>
        <translation>없음: 이 단계는 제재 완화를 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>권한 주체</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>완화 범위</translation>
    </message>
    <message>
        <source>Active months</source>
        <translation>적용 기간</translation>
    </message>
    <message>
        <source>Annual relief</source>
        <translation>연간 제재 완화</translation>
    </message>
    <message>
        <source>Value over the horizon</source>
        <translation>계획 기간 중 가치</translation>
    </message>
    <message>
        <source>Escrow</source>
        <translation>에스크로</translation>
    </message>
    <message>
        <source>Snapback</source>
        <translation>스냅백(자동 복원)</translation>
    </message>
    <message>
        <source>none (ends where it starts, month %1)</source>
        <translation>없음(%1개월 차에 시작과 동시에 종료)</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n month(s))</source>
        <translation>
            <numerusform>%1~%2(%n개월)</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1, open-ended</source>
        <translation>%1부터, 종료 시점 없음</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>에스크로 기관: %1</translation>
    </message>
    <message>
        <source>Uses: %1</source>
        <translation>용도: %1</translation>
    </message>
    <message>
        <source>hard to reverse</source>
        <translation>되돌리기 어려움</translation>
    </message>
    <message>
        <source>unknown item</source>
        <translation>알 수 없는 항목</translation>
    </message>
    <message>
        <source>Walk-away what-ifs</source>
        <translation>이탈 가정 분석</translation>
    </message>
    <message>
        <source>Walk away at the end of month</source>
        <translation>이탈 시점(개월 차 말)</translation>
    </message>
    <message>
        <source>Released so far</source>
        <translation>누적 제공액</translation>
    </message>
    <message>
        <source>Keeps flowing</source>
        <translation>계속 제공</translation>
    </message>
    <message>
        <source>Kept (exposure)</source>
        <translation>보유액(노출액)</translation>
    </message>
    <message>
        <source>Escrow frozen</source>
        <translation>동결 에스크로</translation>
    </message>
    <message>
        <source>The principles engine found nothing to report.</source>
        <translation>원칙 검토에서 보고할 사항이 발견되지 않았습니다.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>검토 결과</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>예외 승인</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>예외 승인됨</translation>
    </message>
    <message>
        <source>Stale waivers (no current finding matches them)</source>
        <translation>대상 없는 예외 승인(해당하는 현재 검토 결과 없음)</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <source>Sources and confidence</source>
        <translation>출처 및 신뢰도</translation>
    </message>
    <message>
        <source>Reference value (INT-1 cap base): %1, given in the plan.</source>
        <translation>기준 가치(INT-1 상한 기준): %1, 계획에 명시된 값.</translation>
    </message>
    <message>
        <source>Reference value (INT-1 cap base): %1, the sum of the catalog items&apos; annual values.</source>
        <translation>기준 가치(INT-1 상한 기준): %1, 카탈로그 항목 연간 가치의 합계.</translation>
    </message>
    <message>
        <source>Money is in US dollars a year as the catalog gives it; a month is a twelfth.</source>
        <translation>금액은 카탈로그 기준 연간 미국 달러이며, 1개월은 연간 금액의 12분의 1입니다.</translation>
    </message>
    <message>
        <source>Sanctions items relieved</source>
        <translation>완화 대상 제재 항목</translation>
    </message>
    <message>
        <source>No item is relieved.</source>
        <translation>완화되는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Annual value</source>
        <translation>연간 가치</translation>
    </message>
    <message>
        <source>Value basis</source>
        <translation>가치 산정 근거</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>카탈로그에 없음</translation>
    </message>
    <message>
        <source>Counterpart actions required</source>
        <translation>요구되는 상대국 조치</translation>
    </message>
    <message>
        <source>No action is required.</source>
        <translation>요구되는 조치가 없습니다.</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>상세 수준</translation>
    </message>
    <message>
        <source>every placement and every finding</source>
        <translation>모든 배치와 모든 검토 결과</translation>
    </message>
    <message>
        <source>Phase overview (%1 of %2)</source>
        <translation>단계 개요(%1/%2)</translation>
    </message>
    <message>
        <source>Phase overview</source>
        <translation>단계 개요</translation>
    </message>
    <message>
        <source>Relief, by authority</source>
        <translation>제재 완화(권한 주체별)</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>배치 수</translation>
    </message>
    <message>
        <source>Escrowed (value-weighted)</source>
        <translation>에스크로 비율(가치 가중)</translation>
    </message>
    <message>
        <source>Hard to reverse</source>
        <translation>복원 곤란</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1부터</translation>
    </message>
    <message numerus="yes">
        <source>%n open-ended</source>
        <translation>
            <numerusform>종료 시점 없음 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2건 중 %1건</translation>
    </message>
    <message numerus="yes">
        <source>The %n largest placement(s) of this phase:</source>
        <translation>
            <numerusform>이 단계에서 가치가 가장 큰 배치 %n건:</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary: every violation and every waived finding is listed; warnings and information are counted per phase.</source>
        <translation>요약: 모든 위반과 예외 승인된 검토 결과를 수록하고, 경고와 정보는 단계별 건수만 표시합니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %n warning(s) and information finding(s), per phase: %1.</source>
        <translation>
            <numerusform>수록하지 않은 경고 및 정보 %n건, 단계별: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Basis: %1.</source>
        <translation>근거: %1.</translation>
    </message>
    <message>
        <source>not quantified</source>
        <translation>정량화되지 않음</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>명시되지 않음</translation>
    </message>
    <message>
        <source>confidence: %1</source>
        <translation>신뢰도: %1</translation>
    </message>
    <message>
        <source>confidence: no item values</source>
        <translation>신뢰도: 항목 가치 없음</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1건</translation>
    </message>
    <message>
        <source>retained targeted sanction</source>
        <translation>유지되는 표적 제재</translation>
    </message>
    <message>
        <source>FATF countermeasure</source>
        <translation>FATF 대응 조치</translation>
    </message>
    <message>
        <source>not relieved</source>
        <translation>완화되지 않음</translation>
    </message>
    <message numerus="yes">
        <source>%n retained targeted sanction(s)</source>
        <translation>
            <numerusform>유지되는 표적 제재 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n FATF countermeasure(s)</source>
        <translation>
            <numerusform>FATF 대응 조치 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not relieved</source>
        <translation>
            <numerusform>완화되지 않음 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Annex to the briefing memo</source>
        <translation>브리핑 메모 부록</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>의미</translation>
    </message>
    <message>
        <source>%1 interim, %2 final</source>
        <translation>잠정 %1, 최종 %2</translation>
    </message>
    <message>
        <source>%1 to %2: every month of the plan and 12 more</source>
        <translation>%1~%2: 계획의 모든 월과 추가 12개월</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>escrow is paid out when the last step of the final phase is verified</source>
        <translation>최종 단계의 마지막 조치가 검증되면 에스크로가 지급됩니다</translation>
    </message>
    <message>
        <source>no final phase requires an action, so escrow is never paid out</source>
        <translation>조치를 요구하는 최종 단계가 없어 에스크로가 지급되지 않습니다</translation>
    </message>
    <message numerus="yes">
        <source>relief released from %1 to %2, %n month(s), payout included; %3</source>
        <translation>
            <numerusform>%1~%2에 제공된 제재 완화, %n개월, 에스크로 지급 포함; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the most held in escrow at the end of any month; %1</source>
        <translation>월말 기준 에스크로 최대 보유액; %1</translation>
    </message>
    <message>
        <source>%1 violations, %2 warnings, %3 info</source>
        <translation>위반 %1건, 경고 %2건, 정보 %3건</translation>
    </message>
    <message numerus="yes">
        <source>%n waived, each with its justification in the findings section</source>
        <translation>
            <numerusform>예외 승인 %n건, 각 사유는 검토 결과 절에 수록</numerusform>
        </translation>
    </message>
    <message>
        <source>summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>full</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>relief by authority for each phase with its largest placements; every violation and waiver, other findings counted</source>
        <translation>단계별 권한 주체별 제재 완화와 가장 큰 배치, 모든 위반과 예외 승인 수록, 그 밖의 검토 결과는 건수만 표시</translation>
    </message>
    <message>
        <source>Contents: memo (%1); this annex page (page %2); timeline (%3); value per month (page %4); value per phase and exposure (page %5); phases, walk-away what-ifs, findings, sources and bibliography (pages %6 to %7).</source>
        <translation>목차: 메모(%1), 이 부록 쪽(%2쪽), 타임라인(%3), 월별 가치(%4쪽), 단계별 가치 및 노출액(%5쪽), 단계, 이탈 가정 분석, 검토 결과, 출처 및 참고 문헌(%6~%7쪽).</translation>
    </message>
    <message>
        <source>pages 1 to %1</source>
        <translation>1~%1쪽</translation>
    </message>
    <message>
        <source>page 1</source>
        <translation>1쪽</translation>
    </message>
    <message>
        <source>pages %1 to %2</source>
        <translation>%1~%2쪽</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>%1쪽</translation>
    </message>
    <message>
        <source>Briefing memo</source>
        <translation>브리핑 메모</translation>
    </message>
    <message>
        <source>Briefing report: annex</source>
        <translation>브리핑 보고서: 부록</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>not waived</source>
        <translation>예외 승인 없음</translation>
    </message>
    <message>
        <source>plan-wide</source>
        <translation>계획 전체</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1 외 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>undefined: no final phase requires an action, so escrow is never paid out</source>
        <translation>정의되지 않음: 조치를 요구하는 최종 단계가 없어 에스크로가 지급되지 않습니다</translation>
    </message>
    <message>
        <source>undefined: the payout month is the plan&apos;s first month</source>
        <translation>정의되지 않음: 에스크로 지급 시점이 계획의 첫 월입니다</translation>
    </message>
    <message>
        <source>undefined: nothing is exposed before the payout in %1</source>
        <translation>정의되지 않음: %1 에스크로 지급 전의 노출액이 없습니다</translation>
    </message>
    <message>
        <source>%1x: %2 released in the 12 months from the payout in %3 against %4, the most the counterpart keeps by walking away before it</source>
        <translation>%1배: %3 에스크로 지급부터 12개월간 제공액 %2, 그 이전에 상대국이 이탈하여 보유할 수 있는 최대액 %4</translation>
    </message>
    <message>
        <source>Inducement ratio %1.</source>
        <translation>유인 비율 %1.</translation>
    </message>
    <message>
        <source>Decision asked</source>
        <translation>요청 결정 사항</translation>
    </message>
    <message>
        <source>The plan states no decision for its reader to take.</source>
        <translation>이 계획은 독자에게 요청하는 결정 사항을 명시하지 않습니다.</translation>
    </message>
    <message>
        <source>What the plan trades</source>
        <translation>계획의 교환 내용</translation>
    </message>
    <message>
        <source>Key risks</source>
        <translation>주요 위험</translation>
    </message>
    <message>
        <source>Everything after this page is the annex: key figures, the timeline, the value charts, each phase in full, walk-away what-ifs, findings with waivers, and the sources with a numbered bibliography.</source>
        <translation>이 쪽 이후는 모두 부록입니다: 주요 수치, 타임라인, 가치 차트, 각 단계 전체 내용, 이탈 가정 분석, 예외 승인을 포함한 검토 결과, 번호가 매겨진 참고 문헌과 출처.</translation>
    </message>
    <message>
        <source>Nothing yet: the plan has no phases.</source>
        <translation>아직 없음: 계획에 단계가 없습니다.</translation>
    </message>
    <message>
        <source>They do (counterpart steps)</source>
        <translation>상대국이 하는 것(상대국 조치)</translation>
    </message>
    <message>
        <source>We give (relief a year)</source>
        <translation>우리가 주는 것(연간 제재 완화)</translation>
    </message>
    <message>
        <source>final, %1 to %2</source>
        <translation>최종, %1~%2</translation>
    </message>
    <message>
        <source>interim, %1 to %2</source>
        <translation>잠정, %1~%2</translation>
    </message>
    <message>
        <source>no step required</source>
        <translation>요구 조치 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), the last verified in %1</source>
        <translation>
            <numerusform>조치 %n건, 마지막 검증 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a year, %n placement(s)</source>
        <translation>
            <numerusform>연 %1, 배치 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>plus %n item(s) not quantified</source>
        <translation>
            <numerusform>정량화되지 않은 항목 %n건 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more phase(s)</source>
        <translation>
            <numerusform>그 밖의 단계 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2, each in the annex</source>
        <translation>%1~%2, 각각 부록에 수록</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in all</source>
        <translation>
            <numerusform>조치 총 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>no relief</source>
        <translation>제재 완화 없음</translation>
    </message>
    <message>
        <source>none: all released</source>
        <translation>없음: 모두 제공됨</translation>
    </message>
    <message>
        <source>escrowed, no quantified value</source>
        <translation>에스크로 적립, 정량화된 가치 없음</translation>
    </message>
    <message>
        <source>%1 a year held until the payout</source>
        <translation>에스크로 지급 시까지 연 %1 보유</translation>
    </message>
    <message>
        <source>We keep (stays in force)</source>
        <translation>우리가 유지하는 것(효력 유지)</translation>
    </message>
    <message>
        <source>Nothing: every item of the catalog is relieved in some phase.</source>
        <translation>없음: 카탈로그의 모든 항목이 어느 단계에선가 완화됩니다.</translation>
    </message>
    <message>
        <source>Items in force</source>
        <translation>효력이 유지되는 항목</translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more (the annex lists every item in force)</source>
        <translation>
            <numerusform>%1 외 %n건(부록에 효력이 유지되는 모든 항목 수록)</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>위험</translation>
    </message>
    <message>
        <source>In this plan</source>
        <translation>이 계획에서</translation>
    </message>
    <message>
        <source>%1 if the counterpart walks away at the end of %2%3</source>
        <translation>상대국이 %2 말에 이탈할 경우 %1%3</translation>
    </message>
    <message>
        <source>, before the payout in %1</source>
        <translation>, %1 에스크로 지급 이전</translation>
    </message>
    <message>
        <source> (the plan has no payout)</source>
        <translation>(계획에 에스크로 지급 없음)</translation>
    </message>
    <message>
        <source>none: the counterpart keeps nothing by walking away before the payout</source>
        <translation>없음: 에스크로 지급 전에 이탈해도 상대국이 보유하는 것이 없습니다</translation>
    </message>
    <message>
        <source>Largest exposure before payout</source>
        <translation>에스크로 지급 전 최대 노출액</translation>
    </message>
    <message>
        <source>Steps for nothing</source>
        <translation>대가 없는 조치</translation>
    </message>
    <message>
        <source>none: relief flows in every month a required step is verified</source>
        <translation>없음: 요구 조치가 검증되는 모든 월에 제재 완화가 제공됩니다</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) in which a required step is verified while no relief flows at all: %1</source>
        <translation>
            <numerusform>요구 조치가 검증되지만 제재 완화가 전혀 제공되지 않는 %n개월: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Relief that does not end by itself</source>
        <translation>자동으로 종료되지 않는 제재 완화</translation>
    </message>
    <message>
        <source>Open violations and waivers</source>
        <translation>미해결 위반 및 예외 승인</translation>
    </message>
    <message numerus="yes">
        <source>%n open violation(s)</source>
        <translation>
            <numerusform>미해결 위반 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) waived, each with its justification in the annex</source>
        <translation>
            <numerusform>예외 승인된 검토 결과 %n건, 각 사유는 부록에 수록</numerusform>
        </translation>
    </message>
    <message>
        <source>none: every placement has snapback and is easy to reverse</source>
        <translation>없음: 모든 배치에 스냅백이 있고 되돌리기 쉽습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) without snapback or hard to reverse, %1 of them open-ended: the counterpart keeps them after walking away</source>
        <translation>
            <numerusform>스냅백이 없거나 되돌리기 어려운 배치 %n건(그중 종료 시점 없음 %1건): 상대국이 이탈한 뒤에도 보유합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Annual relief %1; %2 released and %3 escrowed over the plan&apos;s %n-month horizon, to %4 (%5).</source>
        <translation>
            <numerusform>연간 제재 완화 %1. 계획 기간 %n개월 동안 제공액 %2, 에스크로 적립액 %3, %4까지(%5).</numerusform>
        </translation>
    </message>
    <message>
        <source>No escrow agent named</source>
        <translation>에스크로 기관 미지정</translation>
    </message>
    <message>
        <source>No permitted uses named</source>
        <translation>허용 용도 미지정</translation>
    </message>
    <message numerus="yes">
        <source>and %n placement(s) not quantified</source>
        <translation>
            <numerusform>및 정량화되지 않은 배치 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>no value</source>
        <translation>가치 없음</translation>
    </message>
    <message>
        <source>What the counterpart keeps if it walks away at the end of a month: the relief released so far, plus relief that does not end by itself (no snapback, or hard to reverse) for up to 12 more months. Escrow freezes and does not count. The values behind these figures: %1.</source>
        <translation>상대국이 어느 월말에 이탈할 경우 보유하는 것: 그때까지 제공된 제재 완화와, 자동으로 종료되지 않는 제재 완화(스냅백 없음 또는 되돌리기 어려움)의 최대 12개월분. 에스크로는 동결되며 포함하지 않습니다. 이 수치의 근거 가치: %1.</translation>
    </message>
    <message>
        <source>No month to show: the plan has no phase that ends after month 0.</source>
        <translation>표시할 월이 없습니다: 계획에 0개월 차 이후에 끝나는 단계가 없습니다.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>출처 없음</translation>
    </message>
    <message>
        <source>%1 (not in the bibliography)</source>
        <translation>%1(참고 문헌에 없음)</translation>
    </message>
    <message>
        <source>Items that stay in force</source>
        <translation>효력이 유지되는 항목</translation>
    </message>
    <message>
        <source>None: every item of the catalog is relieved in some phase.</source>
        <translation>없음: 카탈로그의 모든 항목이 어느 단계에선가 완화됩니다.</translation>
    </message>
    <message>
        <source>Why it stays</source>
        <translation>유지 사유</translation>
    </message>
    <message>
        <source>Bibliography</source>
        <translation>참고 문헌</translation>
    </message>
    <message>
        <source>The plan lists no sources: the source texts above stand as written.</source>
        <translation>계획에 출처 목록이 없습니다: 위의 출처 문구는 적힌 그대로입니다.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Cited but not in the bibliography (the text stands as written): %1.</source>
        <translation>인용되었으나 참고 문헌에 없음(문구는 적힌 그대로): %1.</translation>
    </message>
    <message>
        <source>high</source>
        <comment>confidence</comment>
        <translation>높음</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>confidence</comment>
        <translation>중간</translation>
    </message>
    <message>
        <source>low</source>
        <comment>confidence</comment>
        <translation>낮음</translation>
    </message>
</context>
<context>
    <name>TimelineEdits</name>
    <message>
        <source>Drop sanctions items on a phase&apos;s relief lane.</source>
        <translation>제재 항목은 단계의 제재 완화 레인에 놓으십시오.</translation>
    </message>
    <message>
        <source>The drag carries no sanctions item.</source>
        <translation>끌어온 데이터에 제재 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Unknown sanctions item “%1”: it is not in this plan&apos;s catalog.</source>
        <translation>알 수 없는 제재 항목 “%1”: 이 계획의 카탈로그에 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Place %n Relief(s)</source>
        <translation>
            <numerusform>제재 완화 %n건 배치</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop counterpart actions on a phase&apos;s action lane.</source>
        <translation>상대국 조치는 단계의 조치 레인에 놓으십시오.</translation>
    </message>
    <message>
        <source>The drag carries no counterpart action.</source>
        <translation>끌어온 데이터에 상대국 조치가 없습니다.</translation>
    </message>
    <message>
        <source>Unknown counterpart action “%1”: it is not in this plan&apos;s catalog.</source>
        <translation>알 수 없는 상대국 조치 “%1”: 이 계획의 카탈로그에 없습니다.</translation>
    </message>
    <message>
        <source>Phase “%1” already requires “%2”.</source>
        <translation>단계 “%1”은(는) 이미 “%2”을(를) 요구합니다.</translation>
    </message>
    <message>
        <source>A verification month cannot be before month 0.</source>
        <translation>검증 시점은 0개월 차보다 앞설 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Require %n Action(s)</source>
        <translation>
            <numerusform>조치 %n건 요구</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no phase to move the relief to.</source>
        <translation>제재 완화를 옮길 단계가 없습니다.</translation>
    </message>
    <message>
        <source>Select a relief placement first.</source>
        <translation>먼저 제재 완화 배치를 선택하십시오.</translation>
    </message>
    <message>
        <source>The relief placement no longer exists.</source>
        <translation>해당 제재 완화 배치가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Relief cannot start before month 0.</source>
        <translation>제재 완화는 0개월 차보다 먼저 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>The relief is already there.</source>
        <translation>제재 완화가 이미 그 위치에 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Relief(s)</source>
        <translation>
            <numerusform>제재 완화 %n건 이동</numerusform>
        </translation>
    </message>
    <message>
        <source>Shift Relief</source>
        <translation>제재 완화 시점 이동</translation>
    </message>
    <message numerus="yes">
        <source>Shift %n Relief(s)</source>
        <translation>
            <numerusform>제재 완화 %n건 시점 이동</numerusform>
        </translation>
    </message>
    <message>
        <source>Open-ended relief has no end to move; set one in the inspector.</source>
        <translation>종료 시점이 없는 제재 완화는 끝을 옮길 수 없습니다. 속성 창에서 종료 시점을 지정하십시오.</translation>
    </message>
    <message>
        <source>Relief cannot end before it starts.</source>
        <translation>제재 완화는 시작 전에 종료될 수 없습니다.</translation>
    </message>
    <message>
        <source>Lengthen Relief</source>
        <translation>제재 완화 기간 연장</translation>
    </message>
    <message>
        <source>Shorten Relief</source>
        <translation>제재 완화 기간 단축</translation>
    </message>
    <message>
        <source>The relief months did not change.</source>
        <translation>제재 완화 기간이 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Change Relief Months</source>
        <translation>제재 완화 기간 변경</translation>
    </message>
    <message>
        <source>The phase no longer exists.</source>
        <translation>해당 단계가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>A phase cannot start before month 0.</source>
        <translation>단계는 0개월 차보다 먼저 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>A phase cannot end before it starts.</source>
        <translation>단계는 시작 전에 종료될 수 없습니다.</translation>
    </message>
    <message>
        <source>The phase months did not change.</source>
        <translation>단계 기간이 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The required action no longer exists.</source>
        <translation>해당 요구 조치가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The verification month did not change.</source>
        <translation>검증 시점이 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Select a phase first.</source>
        <translation>먼저 단계를 선택하십시오.</translation>
    </message>
    <message>
        <source>The name did not change.</source>
        <translation>이름이 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>단계 %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Relief(s)</source>
        <translation>
            <numerusform>제재 완화 %n건 제거</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation>선택된 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Relief cannot go past month %1.</source>
        <translation>제재 완화는 %1개월 차를 넘어갈 수 없습니다.</translation>
    </message>
    <message>
        <source>A phase cannot go past month %1.</source>
        <translation>단계는 %1개월 차를 넘어갈 수 없습니다.</translation>
    </message>
    <message>
        <source>A verification month cannot be after month %1.</source>
        <translation>검증 시점은 %1개월 차보다 늦을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>TimelinePages</name>
    <message>
        <source>M%1</source>
        <translation>%1개월</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>최종</translation>
    </message>
    <message>
        <source>Interim</source>
        <translation>잠정</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>months %1–%2</source>
        <translation>%1–%2개월</translation>
    </message>
    <message numerus="yes">
        <source>%n gate action(s)</source>
        <translation>
            <numerusform>선행 조치 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>relief %1/yr in %n placement(s)</source>
        <translation>
            <numerusform>제재 완화 연 %1, 배치 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>위반 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — verified %2</source>
        <translation>%1 — 검증 %2</translation>
    </message>
    <message>
        <source>%1 escrowed</source>
        <translation>에스크로 %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1(계속)</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1년 차</translation>
    </message>
    <message>
        <source>phase months (interim, final)</source>
        <translation>단계 기간(잠정, 최종)</translation>
    </message>
    <message>
        <source>relief placement (hatched: escrowed share; arrow: open-ended)</source>
        <translation>제재 완화 배치(빗금: 에스크로 비율, 화살표: 종료 시점 없음)</translation>
    </message>
    <message>
        <source>counterpart step, month verified</source>
        <translation>상대국 조치, 검증 월</translation>
    </message>
    <message>
        <source>finding (violation, warning, info)</source>
        <translation>검토 결과(위반, 경고, 정보)</translation>
    </message>
    <message>
        <source>Phases and steps</source>
        <translation>단계와 조치</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>M%1</source>
        <translation>%1개월</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>최종</translation>
    </message>
    <message>
        <source>Interim</source>
        <translation>잠정</translation>
    </message>
    <message>
        <source>%1 · months %2–%3</source>
        <translation>%1 · %2–%3개월</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1년 차</translation>
    </message>
    <message>
        <source>No gate actions</source>
        <translation>선행 조치 없음</translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation>선행 조치: %1</translation>
    </message>
    <message numerus="yes">
        <source>Relief %1/yr · %n placement(s)</source>
        <translation>
            <numerusform>제재 완화 연 %1 · 배치 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>검토 결과 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>위반 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>정보 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan has no phases yet.</source>
        <translation>이 계획에는 아직 단계가 없습니다.</translation>
    </message>
    <message>
        <source>1. Add a phase (Plan &gt; Add Phase).</source>
        <translation>1. 단계를 추가합니다(계획 &gt; 단계 추가).</translation>
    </message>
    <message>
        <source>1. Add a phase (%1, or Plan &gt; Add Phase).</source>
        <translation>1. 단계를 추가합니다(%1 또는 계획 &gt; 단계 추가).</translation>
    </message>
    <message>
        <source>2. Drag an item from the catalog onto the phase&apos;s relief lane, and a counterpart action onto its action lane.</source>
        <translation>2. 카탈로그에서 항목을 단계의 제재 완화 레인으로, 상대국 조치를 조치 레인으로 끌어다 놓습니다.</translation>
    </message>
    <message>
        <source>Relief: drag a sanctions item here</source>
        <translation>제재 완화: 제재 항목을 여기로 끌어다 놓으십시오</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>제재 완화</translation>
    </message>
    <message>
        <source>Counterpart steps: drag an action here</source>
        <translation>상대국 조치: 조치를 여기로 끌어다 놓으십시오</translation>
    </message>
    <message>
        <source>Counterpart steps</source>
        <translation>상대국 조치</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Wrong number of arguments.</source>
        <translation>인수 개수가 잘못되었습니다.</translation>
    </message>
    <message>
        <source>convert IN OUT</source>
        <translation>convert IN OUT</translation>
    </message>
    <message>
        <source>Rule profile NAME (overrides the plan&apos;s).</source>
        <translation>규칙 프로필 NAME(계획의 설정보다 우선).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>출력 형식: text 또는 json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>check FILE</source>
        <translation>check FILE</translation>
    </message>
    <message>
        <source>Output format: csv or json.</source>
        <translation>출력 형식: csv 또는 json.</translation>
    </message>
    <message>
        <source>flow FILE</source>
        <translation>flow FILE</translation>
    </message>
    <message>
        <source>Export the escrowed-versus-released chart.</source>
        <translation>에스크로 적립액 대 제공액 차트를 내보냅니다.</translation>
    </message>
    <message>
        <source>Export the timeline.</source>
        <translation>타임라인을 내보냅니다.</translation>
    </message>
    <message>
        <source>Export the briefing report.</source>
        <translation>브리핑 보고서를 내보냅니다.</translation>
    </message>
    <message>
        <source>Output file: .png, .svg or .pdf.</source>
        <translation>출력 파일: .png, .svg 또는 .pdf.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>export FILE</source>
        <translation>export FILE</translation>
    </message>
    <message>
        <source>Give exactly one of --chart, --timeline, --report, and -o OUT.</source>
        <translation>--chart, --timeline, --report 중 정확히 하나와 -o OUT을 지정하십시오.</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <source>Give at most one FILE.</source>
        <translation>FILE은 하나만 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Report detail: auto (a very large plan is summarised), full or summary.</source>
        <translation>보고서 상세 수준: auto(매우 큰 계획은 요약), full 또는 summary.</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>PNG resolution in dots per inch (default 96).</source>
        <translation>PNG 해상도(인치당 도트 수, 기본값 96).</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <source>PNG size in pixels, WIDTHxHEIGHT (default: the natural size at the DPI).</source>
        <translation>PNG 크기(픽셀), WIDTHxHEIGHT 형식(기본값: 해당 DPI에서의 원래 크기).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>--detail applies to --report only.</source>
        <translation>--detail은 --report에만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Tranche plans phased, action-for-action sanctions-relief deals.

Commands (headless, no display needed):
  check FILE [--profile NAME] [--format text|json]   check every phase against the principles
  flow FILE [--format csv|json]                      month-by-month value flow
  export FILE --chart|--timeline|--report -o OUT     render to PNG, SVG or PDF
         [--detail auto|full|summary] [--dpi N] [--size WxH]
  convert IN OUT                                     between .tranche and .json
  exercise validate|run|report PACKAGE ...           tabletop exercise (exercise --help)
Without a command, opens the editor on FILE or on the bundled scenario.</source>
        <translation>Tranche는 조치 대 조치 방식의 단계적 제재 완화 합의를 계획합니다.

명령(화면 없이 실행 가능):
  check FILE [--profile NAME] [--format text|json]   모든 단계를 원칙에 비추어 검토
  flow FILE [--format csv|json]                      월별 가치 흐름
  export FILE --chart|--timeline|--report -o OUT     PNG, SVG 또는 PDF로 출력
         [--detail auto|full|summary] [--dpi N] [--size WxH]
  convert IN OUT                                     .tranche와 .json 간 변환
  exercise validate|run|report PACKAGE ...           도상 연습(exercise --help 참조)
명령 없이 실행하면 FILE 또는 기본 제공 시나리오를 편집기로 엽니다.</translation>
    </message>
    <message>
        <source>Run the exercise PACKAGE at the control desk.</source>
        <translation>연습 PACKAGE를 통제석에서 실행합니다.</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>PACKAGE</translation>
    </message>
    <message>
        <source>With --exercise: the log to continue (default: NAME.log.json beside it).</source>
        <translation>--exercise와 함께 사용: 이어서 진행할 로그(기본값: 같은 위치의 NAME.log.json).</translation>
    </message>
    <message>
        <source>LOG</source>
        <translation>LOG</translation>
    </message>
    <message>
        <source>With --exercise: open the public screen too (full screen on a second display).</source>
        <translation>--exercise와 함께 사용: 공용 화면도 엽니다(보조 디스플레이에 전체 화면으로 표시).</translation>
    </message>
    <message>
        <source>Timeline to PNG or SVG: auto (one file, or OUT-1, OUT-2 ... when the timeline needs more than one page), single (one file; refused when it needs more pages) or split (always OUT-1, OUT-2 ...).</source>
        <translation>PNG 또는 SVG 타임라인: auto(파일 하나, 타임라인이 두 쪽 이상 필요하면 OUT-1, OUT-2 ...), single(파일 하나, 더 많은 쪽이 필요하면 거부) 또는 split(항상 OUT-1, OUT-2 ...).</translation>
    </message>
    <message>
        <source>PAGES</source>
        <translation>PAGES</translation>
    </message>
</context>
<context>
    <name>tranche</name>
    <message>
        <source>%1 - profile %2</source>
        <translation>%1 - 프로필 %2</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>예외 승인됨</translation>
    </message>
    <message>
        <source>waived: %1</source>
        <translation>예외 승인됨: %1</translation>
    </message>
    <message>
        <source>waived (%1): %2</source>
        <translation>예외 승인됨(%1): %2</translation>
    </message>
    <message>
        <source>%1 violation(s), %2 warning(s), %3 info, %4 waived</source>
        <translation>위반 %1건, 경고 %2건, 정보 %3건, 예외 승인 %4건</translation>
    </message>
    <message>
        <source>tranche check: unknown format &quot;%1&quot; (text or json)</source>
        <translation>tranche check: 알 수 없는 형식 &quot;%1&quot; (text 또는 json)</translation>
    </message>
    <message>
        <source>%1: unknown file type (expected .tranche or .json)</source>
        <translation>%1: 알 수 없는 파일 형식(.tranche 또는 .json이어야 함)</translation>
    </message>
    <message>
        <source>tranche flow: unknown format &quot;%1&quot; (csv or json)</source>
        <translation>tranche flow: 알 수 없는 형식 &quot;%1&quot; (csv 또는 json)</translation>
    </message>
    <message>
        <source>number %1 is beyond the range of a double</source>
        <translation>숫자 %1이(가) double 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>North Korea 2018: Singapore track</source>
        <translation>북한 2018: 싱가포르 트랙</translation>
    </message>
    <message>
        <source>Iran 2013-2016: JPOA and JCPOA</source>
        <translation>이란 2013-2016: JPOA 및 JCPOA</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>문서가 비어 있습니다</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2 (line %3, column %4)</source>
        <translation>유효한 JSON이 아닙니다: 오프셋 %2(%3행 %4열)에서 %1</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>파일이 존재하지 않습니다</translation>
    </message>
    <message>
        <source>not a file (a folder or a device)</source>
        <translation>파일이 아닙니다(폴더 또는 장치)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>필수 필드가 없습니다</translation>
    </message>
    <message>
        <source>required field is null</source>
        <translation>필수 필드가 null입니다</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>문자열이어야 합니다</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>숫자여야 합니다</translation>
    </message>
    <message>
        <source>must be a whole number of months from 0 to %1 (got %2)</source>
        <translation>0~%1 사이의 정수 개월 수여야 합니다(입력값 %2)</translation>
    </message>
    <message>
        <source>must be one of %1 (got &quot;%2&quot;)</source>
        <translation>%1 중 하나여야 합니다(입력값 &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>객체여야 합니다</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>배열이어야 합니다</translation>
    </message>
    <message>
        <source>must be &quot;tranche-plan&quot;</source>
        <translation>&quot;tranche-plan&quot;이어야 합니다</translation>
    </message>
    <message>
        <source>version %1 is newer than this program reads (%2)</source>
        <translation>버전 %1은(는) 이 프로그램이 읽을 수 있는 버전(%2)보다 최신입니다</translation>
    </message>
    <message>
        <source>unsupported version %1 (this program reads %2)</source>
        <translation>지원하지 않는 버전 %1(이 프로그램은 %2 버전을 읽음)</translation>
    </message>
    <message>
        <source>must be one of nuclear, icbm, wmd (got %1)</source>
        <translation>nuclear, icbm, wmd 중 하나여야 합니다(입력값 %1)</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD (got &quot;%1&quot;)</source>
        <translation>YYYY-MM-DD 형식의 날짜여야 합니다(입력값 &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>table %1, row %2: a value is not a number (NaN)</source>
        <translation>테이블 %1, %2행: 값이 숫자가 아닙니다(NaN)</translation>
    </message>
    <message>
        <source>table %1, row %2: %3</source>
        <translation>테이블 %1, %2행: %3</translation>
    </message>
    <message>
        <source>table %1, after row %2: %3</source>
        <translation>테이블 %1, %2행 다음: %3</translation>
    </message>
    <message>
        <source>table %1, row %2, column %3: %4</source>
        <translation>테이블 %1, %2행, 열 %3: %4</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>텍스트여야 합니다</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>정수여야 합니다</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1이(가) 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>expected 0 or 1</source>
        <translation>0 또는 1이어야 합니다</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>숫자여야 합니다</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>unknown value “%1”</source>
        <translation>알 수 없는 값 “%1”</translation>
    </message>
    <message>
        <source>unknown program “%1”</source>
        <translation>알 수 없는 프로그램 “%1”</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 형식의 날짜여야 합니다</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>테이블 %1: %2</translation>
    </message>
    <message>
        <source>the table has more than one row</source>
        <translation>테이블에 행이 둘 이상 있습니다</translation>
    </message>
    <message>
        <source>table plan: the table has no row</source>
        <translation>테이블 plan: 테이블에 행이 없습니다</translation>
    </message>
    <message>
        <source>phase position %1 does not exist</source>
        <translation>단계 위치 %1이(가) 존재하지 않습니다</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>%1을(를) 열 수 없습니다: 파일이 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a plan file.</source>
        <translation>%1을(를) 열 수 없습니다: 계획 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a regular file.</source>
        <translation>%1을(를) 열 수 없습니다: 일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not a Tranche plan.</source>
        <translation>%1이(가) 비어 있습니다(0바이트). Tranche 계획이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is too large to be a Tranche plan (%2 bytes; the limit is %3 bytes).</source>
        <translation>%1은(는) Tranche 계획으로 보기에 너무 큽니다(%2바이트, 한도 %3바이트).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is truncated: it has only %2 bytes, fewer than a SQLite header.</source>
        <translation>%1이(가) 잘렸습니다: %2바이트뿐으로 SQLite 헤더보다 작습니다.</translation>
    </message>
    <message>
        <source>%1 is not a Tranche plan: it is not a SQLite database (bytes 0-15 are not the SQLite header).</source>
        <translation>%1은(는) Tranche 계획이 아닙니다: SQLite 데이터베이스가 아닙니다(0-15바이트가 SQLite 헤더가 아님).</translation>
    </message>
    <message>
        <source>%1 is truncated: it has only %2 bytes, fewer than the %3 of a SQLite header.</source>
        <translation>%1이(가) 잘렸습니다: %2바이트뿐으로 SQLite 헤더 크기 %3보다 작습니다.</translation>
    </message>
    <message>
        <source>%1 is damaged: the SQLite header gives an invalid page size (%2) at bytes 16-17.</source>
        <translation>%1이(가) 손상되었습니다: SQLite 헤더의 16-17바이트에 잘못된 페이지 크기(%2)가 있습니다.</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: its %2 bytes are not a whole number of %3-byte pages.</source>
        <translation>%1이(가) 잘렸거나 손상되었습니다: %2바이트가 %3바이트 페이지의 정수배가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is truncated: the SQLite header (bytes 28-31) says %2 pages of %3 bytes, but the file ends after %4 bytes.</source>
        <translation>%1이(가) 잘렸습니다: SQLite 헤더(28-31바이트)에는 %3바이트 페이지 %2개로 되어 있으나 파일은 %4바이트에서 끝납니다.</translation>
    </message>
    <message>
        <source>%1 is damaged or unreadable: %2</source>
        <translation>%1이(가) 손상되었거나 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Tranche plan.</source>
        <translation>%1은(는) SQLite 데이터베이스이지만 Tranche 계획이 아닙니다.</translation>
    </message>
    <message>
        <source>the schema (sqlite_master, page 1) cannot be read: %1</source>
        <translation>스키마(sqlite_master, 1페이지)를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s integrity check reports: %2</source>
        <translation>%1이(가) 손상되었습니다. SQLite 무결성 검사 결과: %2</translation>
    </message>
    <message>
        <source>the table tranche_meta is missing</source>
        <translation>tranche_meta 테이블이 없습니다</translation>
    </message>
    <message>
        <source>%1 is refused: it contains SQL code (%2), which a Tranche plan never has.</source>
        <translation>%1을(를) 거부했습니다: Tranche 계획에는 있을 수 없는 SQL 코드(%2)가 들어 있습니다.</translation>
    </message>
    <message>
        <source>tranche_meta has no valid schema_version (“%1”)</source>
        <translation>tranche_meta에 유효한 schema_version이 없습니다(“%1”)</translation>
    </message>
    <message>
        <source>%1 was written by a newer Tranche (schema %2; this version reads up to %3).</source>
        <translation>%1은(는) 더 새로운 Tranche에서 작성되었습니다(스키마 %2, 이 버전은 %3까지 읽음).</translation>
    </message>
    <message>
        <source>tranche_meta says schema %1 but the SQLite header says application id %2, user version %3</source>
        <translation>tranche_meta에는 스키마 %1로 되어 있으나 SQLite 헤더에는 application id %2, user version %3으로 되어 있습니다</translation>
    </message>
    <message>
        <source>no migration from schema %1</source>
        <translation>스키마 %1에서의 마이그레이션이 없습니다</translation>
    </message>
    <message>
        <source>schema %1 to %2: %3</source>
        <translation>스키마 %1→%2: %3</translation>
    </message>
    <message>
        <source>%1 is not a valid plan:</source>
        <translation>%1은(는) 유효한 계획이 아닙니다:</translation>
    </message>
    <message>
        <source>Cannot open %1: no temporary folder (%2).</source>
        <translation>%1을(를) 열 수 없습니다: 임시 폴더가 없습니다(%2).</translation>
    </message>
    <message>
        <source>%1 could not be upgraded from schema %2: %3</source>
        <translation>%1을(를) 스키마 %2에서 업그레이드할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>Cannot save %1: the folder %2 does not exist.</source>
        <translation>%1을(를) 저장할 수 없습니다: 폴더 %2이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot save %1: it is a folder.</source>
        <translation>%1을(를) 저장할 수 없습니다: 폴더입니다.</translation>
    </message>
    <message>
        <source>Cannot save %1: cannot create a file in %2 (%3).</source>
        <translation>%1을(를) 저장할 수 없습니다: %2에 파일을 만들 수 없습니다(%3).</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>오프셋 %1에서 유효한 JSON이 아닙니다: %2</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>&quot;%1&quot;이어야 합니다</translation>
    </message>
    <message>
        <source>must be the number 1</source>
        <translation>숫자 1이어야 합니다</translation>
    </message>
    <message>
        <source>version %1 is not one this program reads (1)</source>
        <translation>버전 %1은(는) 이 프로그램이 읽을 수 있는 버전(1)이 아닙니다</translation>
    </message>
    <message>
        <source>must be a name of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;로 된 이름이어야 합니다</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot;</source>
        <translation>알 수 없는 규칙 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown setting of %1 (known: %2)</source>
        <translation>%1의 알 수 없는 설정(알려진 설정: %2)</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>%1~%2 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>%1~%2 사이의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>must not exceed warningBelow</source>
        <translation>warningBelow를 초과할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>is larger than %1 bytes; not a rule profile</source>
        <translation>%1바이트보다 큽니다. 규칙 프로필이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from the file name &quot;%2&quot;</source>
        <translation>&quot;%1&quot;이(가) 파일 이름 &quot;%2&quot;과(와) 다릅니다</translation>
    </message>
    <message>
        <source>unknown rule profile &quot;%1&quot; (known: %2)</source>
        <translation>알 수 없는 규칙 프로필 &quot;%1&quot;(알려진 프로필: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name</source>
        <translation>&quot;%1&quot;은(는) 유효한 프로필 이름이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a bundled profile; choose another name</source>
        <translation>&quot;%1&quot;은(는) 기본 제공 프로필입니다. 다른 이름을 선택하십시오</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Relief follows action</source>
        <translation>조치 후 제재 완화</translation>
    </message>
    <message>
        <source>relief is granted but the phase requires no counterpart action</source>
        <translation>제재 완화가 제공되지만 이 단계는 상대국 조치를 요구하지 않습니다</translation>
    </message>
    <message>
        <source>relief of %1 starts in month %2, before the phase&apos;s earliest verified action (month %3)</source>
        <translation>%1의 제재 완화가 %2개월 차에 시작되어, 이 단계에서 가장 먼저 검증되는 조치(%3개월 차)보다 앞섭니다</translation>
    </message>
    <message>
        <source>Significant first steps</source>
        <translation>의미 있는 첫 조치</translation>
    </message>
    <message>
        <source>the first relief (%1, month %2) follows verified actions of total weight %3; at least %4 needed</source>
        <translation>첫 제재 완화(%1, %2개월 차) 이전에 검증된 조치의 가중치 합계가 %3입니다(최소 %4 필요)</translation>
    </message>
    <message>
        <source>Escrow the interim value</source>
        <translation>잠정 단계 가치의 에스크로</translation>
    </message>
    <message>
        <source>interim relief of escrowable %1 escrows %2 of its value; at least %3 required</source>
        <translation>에스크로 대상인 %1의 잠정 제재 완화가 가치의 %2만 에스크로합니다(최소 %3 필요)</translation>
    </message>
    <message>
        <source>interim relief of escrowable %1 escrows %2 of its value, less than %3</source>
        <translation>에스크로 대상인 %1의 잠정 제재 완화가 가치의 %2를 에스크로하여 %3에 미달합니다</translation>
    </message>
    <message>
        <source>relief of %1 escrows %2 of its value but names neither an escrow agent nor permitted uses</source>
        <translation>%1의 제재 완화가 가치의 %2를 에스크로하지만 에스크로 기관과 허용 용도를 모두 지정하지 않았습니다</translation>
    </message>
    <message>
        <source>relief of %1 escrows %2 of its value but names no escrow agent</source>
        <translation>%1의 제재 완화가 가치의 %2를 에스크로하지만 에스크로 기관을 지정하지 않았습니다</translation>
    </message>
    <message>
        <source>relief of %1 escrows %2 of its value but names no permitted uses</source>
        <translation>%1의 제재 완화가 가치의 %2를 에스크로하지만 허용 용도를 지정하지 않았습니다</translation>
    </message>
    <message>
        <source>Financial access needs reform</source>
        <translation>금융 접근에는 개혁 선행</translation>
    </message>
    <message>
        <source>relief of %1 starts in month %2, before the financial-sector reform is verified in month %3</source>
        <translation>%1의 제재 완화가 %2개월 차에 시작되어, 금융 부문 개혁이 검증되는 %3개월 차보다 앞섭니다</translation>
    </message>
    <message>
        <source>relief of %1 starts in month %2 but the phase requires no financial-sector reform</source>
        <translation>%1의 제재 완화가 %2개월 차에 시작되지만 이 단계는 금융 부문 개혁을 요구하지 않습니다</translation>
    </message>
    <message>
        <source>Broad relief at the end</source>
        <translation>포괄적 제재 완화는 마지막에</translation>
    </message>
    <message>
        <source>no final phase</source>
        <translation>최종 단계가 없습니다</translation>
    </message>
    <message>
        <source>final phases cover %1 of %2 eligible value, below %3</source>
        <translation>최종 단계가 대상 가치 %2 중 %1만 포함하여 %3에 미달합니다</translation>
    </message>
    <message>
        <source>no US primary trade restriction is lifted in a final phase</source>
        <translation>최종 단계에서 해제되는 미국 1차 무역 제한이 없습니다</translation>
    </message>
    <message>
        <source>broad relief at the end falls short: %1</source>
        <translation>마지막 단계의 포괄적 제재 완화가 부족합니다: %1</translation>
    </message>
    <message>
        <source>Big relief only after full implementation</source>
        <translation>대규모 제재 완화는 완전 이행 후에만</translation>
    </message>
    <message>
        <source>the phase relieves %1, which is hard to reverse or lasting, but is not gated on nuclear, ICBM and WMD dismantlement (its required actions complete: %2)</source>
        <translation>이 단계는 되돌리기 어렵거나 지속적인 %1을(를) 완화하지만 핵, ICBM, WMD 폐기를 조건으로 하지 않습니다(요구 조치로 완료되는 폐기: %2)</translation>
    </message>
    <message>
        <source>the phase&apos;s relief peaks at %1/yr in month %2, above the %3 cap, but is not gated on nuclear, ICBM and WMD dismantlement (its required actions complete: %4)</source>
        <translation>이 단계의 제재 완화가 %2개월 차에 연 %1로 최고치에 이르러 상한(%3)을 넘지만 핵, ICBM, WMD 폐기를 조건으로 하지 않습니다(요구 조치로 완료되는 폐기: %4)</translation>
    </message>
    <message>
        <source>relief of %1 starts in month %2, before full verification in month %3</source>
        <translation>%1의 제재 완화가 %2개월 차에 시작되어, 완전한 검증 시점(%3개월 차)보다 앞섭니다</translation>
    </message>
    <message>
        <source>Interim relief is small</source>
        <translation>잠정 제재 완화는 소규모로</translation>
    </message>
    <message>
        <source>interim relief peaks at %1/yr in month %2 with a reference value of %3; cap %4</source>
        <translation>잠정 제재 완화가 %2개월 차에 연 %1로 최고치에 이릅니다. 기준 가치 %3, 상한 %4</translation>
    </message>
    <message>
        <source>interim relief peaks at %1/yr in month %2: %3 of %4; cap %5</source>
        <translation>잠정 제재 완화가 %2개월 차에 연 %1로 최고치에 이릅니다: %4의 %3, 상한 %5</translation>
    </message>
    <message>
        <source>interim relief peaks at %1/yr in month %2: %3 of %4, above %5 of the %6 cap</source>
        <translation>잠정 제재 완화가 %2개월 차에 연 %1로 최고치에 이릅니다: %4의 %3로, 상한(%6)의 %5 초과</translation>
    </message>
    <message>
        <source>Interim relief is quickly reversible</source>
        <translation>잠정 제재 완화는 신속히 되돌릴 수 있게</translation>
    </message>
    <message>
        <source>%1 is hard to reverse and may not be relieved in an interim phase</source>
        <translation>%1은(는) 되돌리기 어려워 잠정 단계에서 완화할 수 없습니다</translation>
    </message>
    <message>
        <source>Interim relief has a fixed end</source>
        <translation>잠정 제재 완화는 종료 시점 명시</translation>
    </message>
    <message>
        <source>interim relief of %1 has no end (from month %2); at most %3</source>
        <translation>%1의 잠정 제재 완화에 종료 시점이 없습니다(%2개월 차부터). 최대 %3</translation>
    </message>
    <message>
        <source>interim relief of %1 lasts %2 from month %3; at most %4</source>
        <translation>%1의 잠정 제재 완화가 %3개월 차부터 %2 동안 지속됩니다. 최대 %4</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1개월</translation>
    </message>
    <message>
        <source>Interim relief ends by itself</source>
        <translation>잠정 제재 완화는 자동 종료</translation>
    </message>
    <message>
        <source>interim relief of %1 has no snapback</source>
        <translation>%1의 잠정 제재 완화에 스냅백(자동 복원)이 없습니다</translation>
    </message>
    <message>
        <source>No lasting benefits early</source>
        <translation>초기 단계에 지속적 혜택 금지</translation>
    </message>
    <message>
        <source>%1 gives a lasting benefit and may not be relieved in an interim phase</source>
        <translation>%1은(는) 지속적 혜택을 주므로 잠정 단계에서 완화할 수 없습니다</translation>
    </message>
    <message>
        <source>Know whose act it takes</source>
        <translation>필요한 결정 주체 파악</translation>
    </message>
    <message>
        <source>a UN Security Council resolution</source>
        <translation>유엔 안전보장이사회 결의</translation>
    </message>
    <message>
        <source>legislation or statutory certification</source>
        <translation>입법 또는 법정 인증</translation>
    </message>
    <message>
        <source>executive action</source>
        <translation>행정 조치</translation>
    </message>
    <message>
        <source>a FATF plenary decision</source>
        <translation>FATF 총회 결정</translation>
    </message>
    <message>
        <source>relief in this phase needs no UN Security Council resolution, legislation, executive action or FATF plenary decision</source>
        <translation>이 단계의 제재 완화에는 유엔 안전보장이사회 결의, 입법, 행정 조치, FATF 총회 결정이 필요하지 않습니다</translation>
    </message>
    <message>
        <source>relief in this phase needs %1</source>
        <translation>이 단계의 제재 완화에 필요한 절차: %1</translation>
    </message>
    <message>
        <source>interim relief of %1 needs %2, slow to grant and to take back</source>
        <translation>%1의 잠정 제재 완화에는 부여와 철회에 시간이 걸리는 절차(%2)가 필요합니다</translation>
    </message>
    <message>
        <source>nuclear</source>
        <translation>핵</translation>
    </message>
    <message>
        <source>ICBM</source>
        <translation>ICBM</translation>
    </message>
    <message>
        <source>WMD</source>
        <translation>WMD</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 및 %2</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1개월</translation>
    </message>
    <message>
        <source>Keep targeted sanctions</source>
        <translation>표적 제재 유지</translation>
    </message>
    <message>
        <source>%1 is a retained %2 sanction and may not be relieved</source>
        <translation>%1은(는) 유지 대상인 %2 제재로서 완화할 수 없습니다</translation>
    </message>
    <message>
        <source>SQLite support (the Qt QSQLITE driver) is not installed.</source>
        <translation>SQLite 지원(Qt QSQLITE 드라이버)이 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>SQLite could not open the file.</source>
        <translation>SQLite가 파일을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>the query returned no row</source>
        <translation>쿼리 결과 행이 없습니다</translation>
    </message>
    <message>
        <source>must match [a-z0-9._-]+ (got &quot;%1&quot;)</source>
        <translation>[a-z0-9._-]+ 형식이어야 합니다(입력값 &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2 (got %3)</source>
        <translation>%1~%2 사이의 숫자여야 합니다(입력값 %3)</translation>
    </message>
    <message>
        <source>must be a number &gt;= 0 (got %1)</source>
        <translation>0 이상의 숫자여야 합니다(입력값 %1)</translation>
    </message>
    <message>
        <source>end %1 is before start %2</source>
        <translation>종료 %1이(가) 시작 %2보다 앞섭니다</translation>
    </message>
    <message>
        <source>must be a month written YYYY-MM (got &quot;%1&quot;)</source>
        <translation>YYYY-MM 형식의 월이어야 합니다(입력값 &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>duplicate item id &quot;%1&quot; (first at %2)</source>
        <translation>중복된 항목 ID &quot;%1&quot;(처음 위치 %2)</translation>
    </message>
    <message>
        <source>duplicate action id &quot;%1&quot; (first at %2)</source>
        <translation>중복된 조치 ID &quot;%1&quot;(처음 위치 %2)</translation>
    </message>
    <message>
        <source>must list only nuclear, icbm, wmd</source>
        <translation>nuclear, icbm, wmd만 나열해야 합니다</translation>
    </message>
    <message>
        <source>duplicate phase id &quot;%1&quot; (first at %2)</source>
        <translation>중복된 단계 ID &quot;%1&quot;(처음 위치 %2)</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (not in the catalog)</source>
        <translation>알 수 없는 조치 &quot;%1&quot;(카탈로그에 없음)</translation>
    </message>
    <message>
        <source>action &quot;%1&quot; is already required by this phase (at %2)</source>
        <translation>조치 &quot;%1&quot;은(는) 이미 이 단계에서 요구됩니다(위치 %2)</translation>
    </message>
    <message>
        <source>unknown item &quot;%1&quot; (not in the catalog)</source>
        <translation>알 수 없는 항목 &quot;%1&quot;(카탈로그에 없음)</translation>
    </message>
    <message>
        <source>must name another item, not the item itself</source>
        <translation>자기 자신이 아닌 다른 항목을 지정해야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is itself a variant (of &quot;%2&quot;)</source>
        <translation>&quot;%1&quot;은(는) 그 자체가 변형 항목입니다(&quot;%2&quot;의 변형)</translation>
    </message>
    <message>
        <source>a waiver must name its rule</source>
        <translation>예외 승인에는 규칙을 지정해야 합니다</translation>
    </message>
    <message>
        <source>a waiver needs a justification</source>
        <translation>예외 승인에는 사유가 필요합니다</translation>
    </message>
    <message>
        <source>tranche export: say what to export: --chart, --timeline or --report</source>
        <translation>tranche export: 내보낼 대상을 지정하십시오: --chart, --timeline 또는 --report</translation>
    </message>
    <message>
        <source>tranche export: give the output file: -o OUT.png, OUT.svg or OUT.pdf</source>
        <translation>tranche export: 출력 파일을 지정하십시오: -o OUT.png, OUT.svg 또는 OUT.pdf</translation>
    </message>
    <message>
        <source>tranche export: %1: unknown output format &quot;%2&quot; (png, svg or pdf)</source>
        <translation>tranche export: %1: 알 수 없는 출력 형식 &quot;%2&quot;(png, svg 또는 pdf)</translation>
    </message>
    <message>
        <source>tranche export: %1</source>
        <translation>tranche export: %1</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>쉬움</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>어려움</translation>
    </message>
    <message>
        <source>military</source>
        <translation>군사</translation>
    </message>
    <message>
        <source>security</source>
        <translation>안보</translation>
    </message>
    <message>
        <source>prison</source>
        <translation>수용 시설</translation>
    </message>
    <message>
        <source>human rights</source>
        <translation>인권</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>금융</translation>
    </message>
    <message>
        <source>targeted (%1)</source>
        <translation>표적 제재(%1)</translation>
    </message>
    <message>
        <source>long-term benefit</source>
        <translation>장기적 혜택</translation>
    </message>
    <message>
        <source>escrowable</source>
        <translation>에스크로 가능</translation>
    </message>
    <message>
        <source>other WMD</source>
        <translation>기타 WMD</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>권한 주체</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>근거 법령</translation>
    </message>
    <message>
        <source>Annual value</source>
        <translation>연간 가치</translation>
    </message>
    <message>
        <source>Value basis</source>
        <translation>가치 산정 근거</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Reversibility</source>
        <translation>가역성</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>특성</translation>
    </message>
    <message>
        <source>FATF countermeasure or financial-system access</source>
        <translation>FATF 대응 조치 또는 금융 시스템 접근</translation>
    </message>
    <message>
        <source>US primary trade restriction</source>
        <translation>미국 1차 무역 제한</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Completes</source>
        <translation>폐기 완료</translation>
    </message>
    <message>
        <source>Financial-sector reform meeting FATF standards</source>
        <translation>FATF 기준에 맞는 금융 부문 개혁</translation>
    </message>
    <message>
        <source>UN</source>
        <translation>유엔</translation>
    </message>
    <message>
        <source>US statute</source>
        <translation>미국 법률</translation>
    </message>
    <message>
        <source>US executive order</source>
        <translation>미국 행정명령</translation>
    </message>
    <message>
        <source>FATF</source>
        <translation>FATF</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>month label date format: QDate format, short month name and year</comment>
        <translation>yyyy년 M월</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save %1: the plan would not open again:
%2</source>
        <translation>%1을(를) 저장할 수 없습니다. 이대로 저장하면 계획을 다시 열 수 없습니다:
%2</translation>
    </message>
    <message>
        <source>tranche export: unknown detail &quot;%1&quot; (auto, full or summary)</source>
        <translation>tranche export: 알 수 없는 상세 수준 &quot;%1&quot;(auto, full 또는 summary)</translation>
    </message>
    <message>
        <source>tranche export: --dpi and --size apply to PNG output only</source>
        <translation>tranche export: --dpi와 --size는 PNG 출력에만 사용할 수 있습니다</translation>
    </message>
    <message>
        <source>tranche export: --dpi must be a whole number from 48 to 600 (got &quot;%1&quot;)</source>
        <translation>tranche export: --dpi는 48에서 600 사이의 정수여야 합니다(입력값 &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>tranche export: --size must be WIDTHxHEIGHT in pixels, 16 to 20000 each (got &quot;%1&quot;)</source>
        <translation>tranche export: --size는 WIDTHxHEIGHT 형식의 픽셀 크기로, 각각 16에서 20000 사이여야 합니다(입력값 &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1: cannot open the package</source>
        <translation>%1: 패키지를 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot read the log</source>
        <translation>%1: 로그를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>tranche exercise run: unknown format &quot;%1&quot; (json or text)</source>
        <translation>tranche exercise run: 알 수 없는 형식 &quot;%1&quot; (json 또는 text)</translation>
    </message>
    <message>
        <source>%1: the PDF after-action report is not available yet; write .json or .csv</source>
        <translation>%1: PDF 사후 검토 보고서는 아직 지원되지 않습니다. .json 또는 .csv로 작성하십시오</translation>
    </message>
    <message>
        <source>%1: unknown report type (expected .pdf, .json or .csv)</source>
        <translation>%1: 알 수 없는 보고서 형식(.pdf, .json 또는 .csv이어야 함)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Tabletop exercises:
  exercise validate PACKAGE
  exercise run PACKAGE [--log LOG] [--format json|text]
  exercise report PACKAGE --log LOG -o AAR.pdf|.json|.csv</source>
        <translation>도상 연습:
  exercise validate PACKAGE
  exercise run PACKAGE [--log LOG] [--format json|text]
  exercise report PACKAGE --log LOG -o AAR.pdf|.json|.csv</translation>
    </message>
    <message>
        <source>The exercise log.</source>
        <translation>연습 로그.</translation>
    </message>
    <message>
        <source>LOG</source>
        <translation>LOG</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>출력 형식: text 또는 json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Report file: .pdf, .json or .csv.</source>
        <translation>보고서 파일: .pdf, .json 또는 .csv.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>validate, run or report</source>
        <translation>validate, run 또는 report</translation>
    </message>
    <message>
        <source>Usage: tranche exercise validate|run|report PACKAGE [options]</source>
        <translation>사용법: tranche exercise validate|run|report PACKAGE [options]</translation>
    </message>
    <message>
        <source>tranche exercise report needs --log LOG and -o OUT</source>
        <translation>tranche exercise report에는 --log LOG와 -o OUT이 필요합니다</translation>
    </message>
    <message>
        <source>delay of %1 to month %2 does nothing: not after month %3</source>
        <translation>%1을(를) %2개월 차로 연기해도 효과가 없습니다: %3개월 차 이후가 아닙니다</translation>
    </message>
    <message>
        <source>the inject was skipped</source>
        <translation>상황 부여가 생략되었습니다</translation>
    </message>
    <message>
        <source>the inject has already fired</source>
        <translation>상황 부여가 이미 실행되었습니다</translation>
    </message>
    <message>
        <source>the placement is not waiting</source>
        <translation>배치가 대기 중이 아닙니다</translation>
    </message>
    <message>
        <source>the placement is not held</source>
        <translation>배치가 보류 중이 아닙니다</translation>
    </message>
    <message>
        <source>the placement is not running</source>
        <translation>배치가 진행 중이 아닙니다</translation>
    </message>
    <message>
        <source>the placement has ended</source>
        <translation>배치가 종료되었습니다</translation>
    </message>
    <message>
        <source>the placement is open-ended</source>
        <translation>배치에 종료 시점이 없습니다</translation>
    </message>
    <message>
        <source>the extension runs past month 1199</source>
        <translation>연장 기간이 1199개월 차를 넘어갑니다</translation>
    </message>
    <message>
        <source>inject %1: %2</source>
        <translation>상황 부여 %1: %2</translation>
    </message>
    <message>
        <source>option chosen: %1</source>
        <translation>선택된 대안: %1</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation>결정 %1</translation>
    </message>
    <message>
        <source>decision %1 (%2, %3)</source>
        <translation>결정 %1(%2, %3)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>작성자 %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>시각 %1</translation>
    </message>
    <message>
        <source>verified: %1 (phase %2)</source>
        <translation>검증됨: %1(%2 단계)</translation>
    </message>
    <message>
        <source>FAILED: %1 (phase %2)</source>
        <translation>실패: %1(%2 단계)</translation>
    </message>
    <message>
        <source>relief starts: phase %1, placement %2 (%3)</source>
        <translation>제재 완화 개시: %1 단계, 배치 %2(%3)</translation>
    </message>
    <message>
        <source>relief ends: phase %1, placement %2 (%3)</source>
        <translation>제재 완화 종료: %1 단계, 배치 %2(%3)</translation>
    </message>
    <message>
        <source>IN BREACH: snapback relief ends, escrow frozen</source>
        <translation>위반 발생: 스냅백 대상 제재 완화 종료, 에스크로 동결</translation>
    </message>
    <message>
        <source>breach cured: escrow unfrozen</source>
        <translation>위반 해소: 에스크로 동결 해제</translation>
    </message>
    <message>
        <source>payout: %1 of escrow released</source>
        <translation>지급: 에스크로 중 %1 제공</translation>
    </message>
    <message>
        <source>ESCROW BREACH: %1 reached the counterpart</source>
        <translation>에스크로 위반: %1이(가) 상대국에 넘어감</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>  X1 released under overrides: %1</source>
        <translation>  X1 예외 적용으로 제공된 금액: %1</translation>
    </message>
    <message>
        <source>  X2 escrowed under overrides: %1</source>
        <translation>  X2 예외 적용으로 에스크로된 금액: %1</translation>
    </message>
    <message>
        <source>  X3 exposure at the first breach: %1 (plan: %2)</source>
        <translation>  X3 최초 위반 시점의 노출액: %1(계획: %2)</translation>
    </message>
    <message>
        <source>  X4 released while in breach: %1</source>
        <translation>  X4 위반 상태에서 제공된 금액: %1</translation>
    </message>
    <message>
        <source>  X5 escrow leaked: %1</source>
        <translation>  X5 유출된 에스크로: %1</translation>
    </message>
    <message>
        <source>  X6 turns to respond: %1</source>
        <translation>  X6 대응까지의 턴 수: %1</translation>
    </message>
    <message>
        <source>  X7 new violations: %1</source>
        <translation>  X7 신규 위반: %1</translation>
    </message>
    <message>
        <source>  X8 released in all: %1</source>
        <translation>  X8 누적 제공액: %1</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Exercise %1 (%2) on the plan %3</source>
        <translation>계획 %3에 대한 연습 %1(%2)</translation>
    </message>
    <message>
        <source>Before the exercise (played silently)</source>
        <translation>연습 개시 전(자동 진행)</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>제%1턴</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>  Month %1: released %2, in all %3, escrow %4, exposure %5</source>
        <translation>  %1개월 차: 제공액 %2, 누적 %3, 에스크로 %4, 노출액 %5</translation>
    </message>
    <message>
        <source>in breach</source>
        <translation>위반 상태</translation>
    </message>
    <message>
        <source>Projected to month %1: released in all %2, exposure %3</source>
        <translation>%1개월 차까지의 전망: 누적 제공액 %2, 노출액 %3</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>알 수 없는 %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>목록이어야 합니다</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>must match [A-Za-z0-9._-]+</source>
        <translation>[A-Za-z0-9._-]+ 형식이어야 합니다</translation>
    </message>
    <message>
        <source>must match [a-z0-9._-]+</source>
        <translation>[a-z0-9._-]+ 형식이어야 합니다</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>%1 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>JSON이 아닙니다: %2바이트 위치에서 %1</translation>
    </message>
    <message>
        <source>must be &quot;tranche-exercise-log&quot;</source>
        <translation>&quot;tranche-exercise-log&quot;이어야 합니다</translation>
    </message>
    <message>
        <source>log version %1 is not supported (this program reads version 1)</source>
        <translation>로그 버전 %1은(는) 지원되지 않습니다(이 프로그램은 버전 1을 읽습니다)</translation>
    </message>
    <message>
        <source>names exercise &quot;%1&quot;, not this package&apos;s &quot;%2&quot;</source>
        <translation>이 패키지의 연습 &quot;%2&quot;가 아니라 연습 &quot;%1&quot;을(를) 지정하고 있습니다</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>%1이어야 합니다</translation>
    </message>
    <message>
        <source>must be %1, the turn the exercise is in</source>
        <translation>연습이 진행 중인 턴인 %1이어야 합니다</translation>
    </message>
    <message>
        <source>%1 cannot take a %2 decision</source>
        <translation>%1은(는) %2 결정을 내릴 수 없습니다</translation>
    </message>
    <message>
        <source>rationale is missing</source>
        <translation>사유가 없습니다</translation>
    </message>
    <message>
        <source>the inject has no options to adjudicate</source>
        <translation>상황 부여에 판정할 대안이 없습니다</translation>
    </message>
    <message>
        <source>option</source>
        <translation>대안</translation>
    </message>
    <message>
        <source>action</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>must be true</source>
        <translation>true여야 합니다</translation>
    </message>
    <message>
        <source>a step has exactly one of delayTo and reverse</source>
        <translation>단계 조정에는 delayTo와 reverse 중 정확히 하나가 있어야 합니다</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>phase %1 has no placement %2</source>
        <translation>%1 단계에 배치 %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>inject</source>
        <translation>상황 부여</translation>
    </message>
    <message>
        <source>no decision may follow end-exercise</source>
        <translation>end-exercise 이후에는 어떤 결정도 올 수 없습니다</translation>
    </message>
    <message>
        <source>every month to endMonth is played: only note, observe and end-exercise may follow</source>
        <translation>endMonth까지 모든 월이 진행되었습니다: 이후에는 note, observe, end-exercise만 올 수 있습니다</translation>
    </message>
    <message>
        <source>must be one of P, S, M, U</source>
        <translation>P, S, M, U 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>exercise version %1 is not supported (this program reads version %2)</source>
        <translation>연습 버전 %1은(는) 지원되지 않습니다(이 프로그램은 버전 %2를 읽습니다)</translation>
    </message>
    <message>
        <source>must not be before startMonth</source>
        <translation>startMonth보다 앞설 수 없습니다</translation>
    </message>
    <message>
        <source>must not be after endMonth</source>
        <translation>endMonth보다 늦을 수 없습니다</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>권한 주체</translation>
    </message>
    <message>
        <source>repeats an earlier objective&apos;s id</source>
        <translation>앞선 목표의 ID와 중복됩니다</translation>
    </message>
    <message>
        <source>must name at least one of X1..X8</source>
        <translation>X1..X8 중 하나 이상을 지정해야 합니다</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>repeats an earlier inject&apos;s id</source>
        <translation>앞선 상황 부여의 ID와 중복됩니다</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>an inject has either effects or options, not both</source>
        <translation>상황 부여에는 effects와 options 중 하나만 있어야 합니다</translation>
    </message>
    <message>
        <source>must have exactly one of at, after, when, manual</source>
        <translation>at, after, when, manual 중 정확히 하나가 있어야 합니다</translation>
    </message>
    <message>
        <source>must name an earlier inject</source>
        <translation>앞선 상황 부여를 지정해야 합니다</translation>
    </message>
    <message>
        <source>must not be before notBefore</source>
        <translation>notBefore보다 앞설 수 없습니다</translation>
    </message>
    <message>
        <source>must have at least 2 options</source>
        <translation>대안이 2개 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>repeats an earlier option&apos;s id</source>
        <translation>앞선 대안의 ID와 중복됩니다</translation>
    </message>
    <message>
        <source>must be a number above 0</source>
        <translation>0보다 큰 숫자여야 합니다</translation>
    </message>
    <message>
        <source>conditions nest too deeply</source>
        <translation>조건의 중첩이 너무 깊습니다</translation>
    </message>
    <message>
        <source>unknown condition (all, any, not, action, fired, breach or metric)</source>
        <translation>알 수 없는 조건(all, any, not, action, fired, breach 또는 metric)</translation>
    </message>
    <message>
        <source>a string holds a raw control character (U+%1): JSON needs it written as an escape such as \u%1</source>
        <translation>문자열에 제어 문자(U+%1)가 그대로 들어 있습니다: JSON에서는 \u%1 같은 이스케이프로 써야 합니다</translation>
    </message>
    <message>
        <source>a string holds \u%1, half of a surrogate pair without its other half: no Unicode character</source>
        <translation>문자열에 서로게이트 쌍의 한쪽 절반인 \u%1만 있고 나머지 절반이 없습니다: 유니코드 문자가 아닙니다</translation>
    </message>
    <message>
        <source>number %1 has a leading zero, which JSON does not allow</source>
        <translation>숫자 %1이(가) 0으로 시작합니다. JSON에서는 허용되지 않습니다</translation>
    </message>
    <message>
        <source>the plan could not be read.</source>
        <translation>계획을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>the file is UTF-16 (it starts with a UTF-16 byte order mark); a plan must be UTF-8</source>
        <translation>파일이 UTF-16입니다(UTF-16 바이트 순서 표시로 시작함). 계획은 UTF-8이어야 합니다</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>must be a JSON object (the document is %1, not an object)</source>
        <translation>JSON 객체여야 합니다(문서가 객체가 아니라 %1입니다)</translation>
    </message>
    <message>
        <source>must be a JSON object (the document is an array, not an object)</source>
        <translation>JSON 객체여야 합니다(문서가 객체가 아니라 배열입니다)</translation>
    </message>
    <message>
        <source>the file is a symbolic link that loops (it leads back to itself)</source>
        <translation>파일이 순환하는 심볼릭 링크입니다(자기 자신으로 되돌아감)</translation>
    </message>
    <message>
        <source>the file is a symbolic link to %1, which does not exist</source>
        <translation>파일이 존재하지 않는 %1을(를) 가리키는 심볼릭 링크입니다</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB (the limit)</source>
        <translation>파일이 %1MiB(한도)보다 큽니다</translation>
    </message>
    <message>
        <source>more than %1 phases (the limit)</source>
        <translation>단계가 %1개(한도)를 초과합니다</translation>
    </message>
    <message>
        <source>more than %1 items (the limit)</source>
        <translation>항목이 %1개(한도)를 초과합니다</translation>
    </message>
    <message>
        <source>more than %1 actions (the limit)</source>
        <translation>조치가 %1개(한도)를 초과합니다</translation>
    </message>
    <message>
        <source>more than %1 relief placements in the plan (the limit)</source>
        <translation>계획의 제재 완화 배치가 %1개(한도)를 초과합니다</translation>
    </message>
    <message>
        <source>more than %1 required actions in the plan (the limit)</source>
        <translation>계획의 요구 조치가 %1개(한도)를 초과합니다</translation>
    </message>
    <message>
        <source>more than %1 waivers (the limit)</source>
        <translation>예외 승인이 %1개(한도)를 초과합니다</translation>
    </message>
    <message>
        <source>a string longer than %1 characters (the limit)</source>
        <translation>문자열이 %1자(한도)보다 깁니다</translation>
    </message>
    <message>
        <source>arrays and objects nested more than %1 deep (the limit)</source>
        <translation>배열과 객체의 중첩이 %1단계(한도)보다 깊습니다</translation>
    </message>
    <message>
        <source>more than %1 problems (the limit)</source>
        <translation>문제가 %1개(한도)를 초과합니다</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>외 문제 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>tranche_meta has an unknown key “%1”</source>
        <translation>tranche_meta에 알 수 없는 키 “%1”이(가) 있습니다</translation>
    </message>
    <message>
        <source>%1 is refused: it is over a limit of Tranche plans: %2.</source>
        <translation>%1을(를) 거부했습니다: Tranche 계획의 한도를 초과합니다: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: its content does not match the checksum saved with it (tranche_meta %2), so some of it changed after it was saved.</source>
        <translation>%1이(가) 손상되었습니다: 내용이 함께 저장된 체크섬(tranche_meta %2)과 일치하지 않으므로 저장 후 일부가 변경되었습니다.</translation>
    </message>
    <message>
        <source>SQLite could not serialize the plan</source>
        <translation>SQLite가 계획을 직렬화할 수 없습니다</translation>
    </message>
    <message>
        <source>the SQLite connection cannot be secured.</source>
        <translation>SQLite 연결을 안전하게 설정할 수 없습니다.</translation>
    </message>
    <message>
        <source>table %1: no such column: %2</source>
        <translation>테이블 %1: 해당 열이 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is refused: its table %2 is not defined as Tranche defines it (%3).</source>
        <translation>%1을(를) 거부했습니다: 테이블 %2이(가) Tranche의 정의와 다르게 정의되어 있습니다(%3).</translation>
    </message>
    <message>
        <source>more than %1 rows (the limit)</source>
        <translation>행이 %1개(한도)를 초과합니다</translation>
    </message>
    <message>
        <source>%1 is refused: its %2 is not one Tranche writes (%3).</source>
        <translation>%1을(를) 거부했습니다: %2이(가) Tranche가 쓰는 형식이 아닙니다(%3).</translation>
    </message>
    <message>
        <source>%1 is refused: it contains %2, which a Tranche plan never has.</source>
        <translation>%1을(를) 거부했습니다: Tranche 계획에는 있을 수 없는 %2이(가) 들어 있습니다.</translation>
    </message>
    <message>
        <source>the %1 %2 is missing</source>
        <translation>%1 %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>Cannot open %1: it could not be copied for reading (%2).</source>
        <translation>%1을(를) 열 수 없습니다: 읽기 위해 복사할 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>Cannot open %1: its newest changes are in its write-ahead log %2, which cannot be read (%3).</source>
        <translation>%1을(를) 열 수 없습니다: 최신 변경 사항이 있는 미리 쓰기 로그 %2을(를) 읽을 수 없습니다(%3).</translation>
    </message>
    <message>
        <source>Cannot open %1: an unfinished change to it was left in %2, which cannot be read (%3).</source>
        <translation>%1을(를) 열 수 없습니다: 완료되지 않은 변경 사항이 남아 있는 %2을(를) 읽을 수 없습니다(%3).</translation>
    </message>
    <message>
        <source>over the limit of %1 bytes</source>
        <translation>%1바이트 한도 초과</translation>
    </message>
    <message>
        <source>%1 is damaged: its write-ahead log %2 could not be applied (%3).</source>
        <translation>%1이(가) 손상되었습니다: 미리 쓰기 로그 %2을(를) 적용할 수 없습니다(%3).</translation>
    </message>
    <message>
        <source>%1 is damaged: an unfinished change left in %2 could not be undone (%3).</source>
        <translation>%1이(가) 손상되었습니다: %2에 남은 완료되지 않은 변경 사항을 되돌릴 수 없습니다(%3).</translation>
    </message>
    <message>
        <source>%1 had an unfinished change (in %2), which was undone: the plan opens as it was last saved.</source>
        <translation>%1에 완료되지 않은 변경 사항(%2)이 있어 되돌렸습니다: 계획은 마지막으로 저장된 상태로 열립니다.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>연습</translation>
    </message>
    <message>
        <source>%1 - exercise</source>
        <translation>%1 - 연습</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>새 연습</translation>
    </message>
    <message>
        <source>tranche export: unknown --pages &quot;%1&quot; (auto, single or split)</source>
        <translation>tranche export: 알 수 없는 --pages &quot;%1&quot;(auto, single 또는 split)</translation>
    </message>
    <message>
        <source>tranche export: --pages applies to --timeline written to PNG or SVG only</source>
        <translation>tranche export: --pages는 PNG 또는 SVG로 쓰는 --timeline에만 사용할 수 있습니다</translation>
    </message>
    <message>
        <source>more than %1 sources (the limit)</source>
        <translation>출처 %1개 초과(한도)</translation>
    </message>
    <message>
        <source>the disk is full. Free some space, or save the plan on another disk with Save As.</source>
        <translation>디스크가 가득 찼습니다. 공간을 확보하거나 다른 이름으로 저장을 사용해 다른 디스크에 계획을 저장하십시오.</translation>
    </message>
    <message>
        <source>the folder %1 is read-only. Save the plan in another folder with Save As.</source>
        <translation>폴더 %1이(가) 읽기 전용입니다. 다른 이름으로 저장을 사용해 다른 폴더에 계획을 저장하십시오.</translation>
    </message>
    <message>
        <source>you do not have permission to write %1 in the folder %2. Save the plan in another folder with Save As.</source>
        <translation>폴더 %2에 %1을(를) 쓸 권한이 없습니다. 다른 이름으로 저장을 사용해 다른 폴더에 계획을 저장하십시오.</translation>
    </message>
    <message>
        <source>must match [A-Za-z0-9._-]+ (got &quot;%1&quot;)</source>
        <translation>[A-Za-z0-9._-]+ 형식이어야 합니다(입력값 &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>duplicate source id &quot;%1&quot; (first at %2)</source>
        <translation>중복된 출처 ID &quot;%1&quot;(처음 위치 %2)</translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation>단계 %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>항목 %1</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>조치 %1</translation>
    </message>
    <message>
        <source>%1 has an estimated value: an item whose value is not quantified is valued 0 in the catalog</source>
        <translation>%1에는 추정 가치가 있습니다: 가치가 정량화되지 않은 항목은 카탈로그에서 0으로 평가됩니다</translation>
    </message>
    <message>
        <source>n/q</source>
        <comment>value column: not quantified</comment>
        <translation>미산정</translation>
    </message>
    <message>
        <source>not quantified</source>
        <translation>정량화되지 않음</translation>
    </message>
</context>
<context>
    <name>tranche::CatalogActionsModel</name>
    <message>
        <source>financial reform</source>
        <translation>금융 개혁</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Completes</source>
        <translation>폐기 완료</translation>
    </message>
</context>
<context>
    <name>tranche::CatalogItemsModel</name>
    <message numerus="yes">
        <source>%1: %n item(s) in the catalog, %2/yr in all</source>
        <translation>
            <numerusform>%1: 카탈로그 항목 %n개, 합계 연 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(분류 없음)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Value/yr</source>
        <translation>연간 가치</translation>
    </message>
    <message>
        <source>Reversibility</source>
        <translation>가역성</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>특성</translation>
    </message>
</context>
<context>
    <name>tranche::CatalogPalette</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>항목 %n개 중 %1개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>조치 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n action(s)</source>
        <translation>
            <numerusform>조치 %n개 중 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>Sanctions items</source>
        <translation>제재 항목</translation>
    </message>
    <message>
        <source>Counterpart actions</source>
        <translation>상대국 조치</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>카탈로그</translation>
    </message>
    <message>
        <source>Search items (name, instrument, source)</source>
        <translation>항목 검색(이름, 근거 법령, 출처)</translation>
    </message>
    <message>
        <source>Search sanctions items</source>
        <translation>제재 항목 검색</translation>
    </message>
    <message>
        <source>Filter sanctions items</source>
        <translation>제재 항목 필터</translation>
    </message>
    <message>
        <source>Interim-safe: not hard to reverse, no long-term benefit, not a retained targeted class</source>
        <translation>잠정 단계 허용: 되돌리기 어렵지 않고, 장기적 혜택이 없으며, 유지 대상 표적 제재가 아닌 항목</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>모든 항목</translation>
    </message>
    <message>
        <source>Interim-safe</source>
        <translation>잠정 단계 허용</translation>
    </message>
    <message>
        <source>UN</source>
        <translation>유엔</translation>
    </message>
    <message>
        <source>US statute</source>
        <translation>미국 법률</translation>
    </message>
    <message>
        <source>US executive order</source>
        <translation>미국 행정명령</translation>
    </message>
    <message>
        <source>FATF</source>
        <translation>FATF</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Sanctions items grouped by authority and category; drag onto a phase&apos;s relief lane, or press Enter to place in the current phase</source>
        <translation>권한 주체와 분류별로 묶은 제재 항목. 단계의 제재 완화 레인으로 끌어 놓거나 Enter 키를 눌러 현재 단계에 배치합니다</translation>
    </message>
    <message>
        <source>Number of sanctions items shown</source>
        <translation>표시된 제재 항목 수</translation>
    </message>
    <message>
        <source>Search actions (name, category)</source>
        <translation>조치 검색(이름, 분류)</translation>
    </message>
    <message>
        <source>Search counterpart actions</source>
        <translation>상대국 조치 검색</translation>
    </message>
    <message>
        <source>Counterpart actions with weight and category; drag onto a phase&apos;s action lane, or press Enter to require in the current phase</source>
        <translation>가중치와 분류가 표시된 상대국 조치. 단계의 조치 레인으로 끌어 놓거나 Enter 키를 눌러 현재 단계에서 요구합니다</translation>
    </message>
    <message>
        <source>Number of counterpart actions shown</source>
        <translation>표시된 상대국 조치 수</translation>
    </message>
</context>
<context>
    <name>tranche::CaveatBanner</name>
    <message>
        <source>EXERCISE - EXERCISE - EXERCISE</source>
        <translation>연습 - 연습 - 연습</translation>
    </message>
</context>
<context>
    <name>tranche::ChartsWidget</name>
    <message>
        <source>Click a month on the chart to see what the counterpart keeps if it walks away at its end.</source>
        <translation>차트에서 월을 클릭하면 상대국이 그 월말에 이탈할 경우 보유하게 되는 가치를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>단계 %1</translation>
    </message>
    <message>
        <source>Annual relief: %1 (%2)</source>
        <translation>연간 제재 완화: %1(%2)</translation>
    </message>
    <message>
        <source>Released over the horizon: %1</source>
        <translation>계획 기간 중 제공액: %1</translation>
    </message>
    <message>
        <source>Escrowed over the horizon: %1</source>
        <translation>계획 기간 중 에스크로 적립액: %1</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>월별</translation>
    </message>
    <message>
        <source>Per phase</source>
        <translation>단계별</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>노출액</translation>
    </message>
    <message>
        <source>Escrowed and released value per month</source>
        <translation>월별 에스크로·제공액</translation>
    </message>
    <message>
        <source>Released and escrowed value per phase</source>
        <translation>단계별 제공액·에스크로</translation>
    </message>
    <message>
        <source>Exposure over months</source>
        <translation>월별 노출액</translation>
    </message>
    <message>
        <source>Inducement ratio</source>
        <translation>유인 비율</translation>
    </message>
    <message>
        <source>Walk-away what-if</source>
        <translation>이탈 시 가정</translation>
    </message>
</context>
<context>
    <name>tranche::Commands</name>
    <message>
        <source>Change Extent</source>
        <translation>완화 범위 변경</translation>
    </message>
    <message>
        <source>Change Relief Start</source>
        <translation>제재 완화 시작 시점 변경</translation>
    </message>
    <message>
        <source>Change Relief End</source>
        <translation>제재 완화 종료 시점 변경</translation>
    </message>
    <message>
        <source>Change Escrow Share</source>
        <translation>에스크로 비율 변경</translation>
    </message>
    <message>
        <source>Change Escrow Agent</source>
        <translation>에스크로 기관 변경</translation>
    </message>
    <message>
        <source>Change Permitted Uses</source>
        <translation>허용 용도 변경</translation>
    </message>
    <message>
        <source>Change Snapback</source>
        <translation>스냅백 변경</translation>
    </message>
    <message>
        <source>Change Note</source>
        <translation>메모 변경</translation>
    </message>
    <message>
        <source>Change Phase Id</source>
        <translation>단계 ID 변경</translation>
    </message>
    <message>
        <source>Rename Phase</source>
        <translation>단계 이름 변경</translation>
    </message>
    <message>
        <source>Change Phase Kind</source>
        <translation>단계 종류 변경</translation>
    </message>
    <message>
        <source>Change Phase Start</source>
        <translation>단계 시작 시점 변경</translation>
    </message>
    <message>
        <source>Change Phase End</source>
        <translation>단계 종료 시점 변경</translation>
    </message>
    <message>
        <source>Change Plan Title</source>
        <translation>계획 제목 변경</translation>
    </message>
    <message>
        <source>Change Counterpart</source>
        <translation>상대국 변경</translation>
    </message>
    <message>
        <source>Change Plan Start</source>
        <translation>계획 시작 시점 변경</translation>
    </message>
    <message>
        <source>Change Classification</source>
        <translation>보안 등급 변경</translation>
    </message>
    <message>
        <source>Change Rule Profile</source>
        <translation>규칙 프로필 변경</translation>
    </message>
    <message>
        <source>Change Reference Value</source>
        <translation>기준 가치 변경</translation>
    </message>
    <message>
        <source>Add Phase</source>
        <translation>단계 추가</translation>
    </message>
    <message>
        <source>Remove Phase</source>
        <translation>단계 삭제</translation>
    </message>
    <message>
        <source>Move Phase</source>
        <translation>단계 이동</translation>
    </message>
    <message>
        <source>Change Phase Months</source>
        <translation>단계 기간 변경</translation>
    </message>
    <message>
        <source>Place Relief</source>
        <translation>제재 완화 배치</translation>
    </message>
    <message>
        <source>Remove Relief</source>
        <translation>제재 완화 제거</translation>
    </message>
    <message>
        <source>Move Relief</source>
        <translation>제재 완화 이동</translation>
    </message>
    <message>
        <source>Require Action</source>
        <translation>조치 요구</translation>
    </message>
    <message>
        <source>Remove Required Action</source>
        <translation>요구 조치 제거</translation>
    </message>
    <message>
        <source>Change Verification Month</source>
        <translation>검증 시점 변경</translation>
    </message>
    <message>
        <source>Change Reference Value Basis</source>
        <translation>기준 가치 근거 변경</translation>
    </message>
    <message>
        <source>Change Decision Asked</source>
        <translation>요청 결정 사항 변경</translation>
    </message>
    <message>
        <source>Change Sources</source>
        <translation>출처 변경</translation>
    </message>
    <message>
        <source>Change Source Id</source>
        <translation>출처 ID 변경</translation>
    </message>
    <message>
        <source>Change Source Title</source>
        <translation>출처 제목 변경</translation>
    </message>
    <message>
        <source>Change Source Publisher</source>
        <translation>출처 발행처 변경</translation>
    </message>
    <message>
        <source>Change Source Year</source>
        <translation>출처 연도 변경</translation>
    </message>
    <message>
        <source>Change Source URL</source>
        <translation>출처 URL 변경</translation>
    </message>
    <message>
        <source>Change Value Quantified</source>
        <translation>가치 정량화 여부 변경</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>출처 추가</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>출처 삭제</translation>
    </message>
</context>
<context>
    <name>tranche::ControlDesk</name>
    <message>
        <source>at month %1</source>
        <translation>%1개월 차</translation>
    </message>
    <message>
        <source>%1 month(s) after %2</source>
        <translation>%2 이후 %1개월</translation>
    </message>
    <message>
        <source>when its condition holds (months %1-%2)</source>
        <translation>조건 충족 시(%1~%2개월 차)</translation>
    </message>
    <message>
        <source>manual (control fires it)</source>
        <translation>수동(통제관이 실행)</translation>
    </message>
    <message>
        <source>Exercise control desk - %1</source>
        <translation>연습 통제석 - %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Public Screen</source>
        <translation>공용 화면(&amp;P)</translation>
    </message>
    <message>
        <source> months</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>&amp;Advance</source>
        <translation>진행(&amp;A)</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>상황 부여</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>실행 조건</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Controller notes</source>
        <translation>통제관 메모</translation>
    </message>
    <message>
        <source>&amp;Fire now</source>
        <translation>지금 실행(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>생략(&amp;S)</translation>
    </message>
    <message>
        <source>A&amp;djudicate</source>
        <translation>판정(&amp;D)</translation>
    </message>
    <message>
        <source>All %1 months played</source>
        <translation>전체 %1개월 진행 완료</translation>
    </message>
    <message>
        <source>Turn %1 - month %2%3 - %4 months still to play</source>
        <translation>제%1턴 - %2개월 차%3 - 남은 기간 %4개월</translation>
    </message>
    <message>
        <source>Kept if they walk now: %1</source>
        <translation>즉시 이탈 시 보유액: %1</translation>
    </message>
    <message>
        <source>fired (month %1)</source>
        <translation>실행됨(%1개월 차)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>생략됨</translation>
    </message>
    <message>
        <source>due</source>
        <translation>실행 예정</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>%1 %2 (%3) - %4</source>
        <translation>%1 %2(%3) - %4</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>by </source>
        <translation>연장 </translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>to month </source>
        <translation>연기 월: </translation>
    </message>
    <message>
        <source>reverse it</source>
        <translation>이행 철회</translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation>배치:</translation>
    </message>
    <message>
        <source>Extend:</source>
        <translation>연장:</translation>
    </message>
    <message>
        <source>Counterpart action:</source>
        <translation>상대국 조치:</translation>
    </message>
    <message>
        <source>Note or observation:</source>
        <translation>메모 또는 관찰 사항:</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>작성자:</translation>
    </message>
    <message>
        <source>Negotiators:</source>
        <translation>협상단:</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>제공</translation>
    </message>
    <message>
        <source>Override gate</source>
        <translation>선행 조치 예외 적용</translation>
    </message>
    <message>
        <source>Re-impose</source>
        <translation>재부과</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>연장</translation>
    </message>
    <message>
        <source>Invoke snapback</source>
        <translation>스냅백 발동</translation>
    </message>
    <message>
        <source>Walk away</source>
        <translation>협상 이탈</translation>
    </message>
    <message>
        <source>Counterpart:</source>
        <translation>상대국:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>조치 이행 조정</translation>
    </message>
    <message>
        <source>Cheat</source>
        <translation>위반 행위</translation>
    </message>
    <message>
        <source>Control, observers:</source>
        <translation>통제관, 참관인:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Observe</source>
        <translation>관찰</translation>
    </message>
    <message>
        <source>This turn&apos;s decisions (withdrawable until Advance)</source>
        <translation>이번 턴의 결정(진행 전까지 철회 가능)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>철회(&amp;W)</translation>
    </message>
    <message>
        <source>%1 / %2: %3</source>
        <translation>%1 / %2: %3</translation>
    </message>
    <message>
        <source>%1 (phase %2)</source>
        <translation>%1(%2 단계)</translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2: %3</translation>
    </message>
    <message>
        <source>Select an inject in the MSEL first (and an option to adjudicate).</source>
        <translation>먼저 MSEL에서 상황 부여를 선택하십시오(판정하려면 대안도 선택하십시오).</translation>
    </message>
    <message>
        <source>A rationale is required for %1: type it first.</source>
        <translation>%1에는 사유가 필요합니다: 먼저 입력하십시오.</translation>
    </message>
    <message>
        <source>Not taken: %1</source>
        <translation>반영되지 않음: %1</translation>
    </message>
    <message>
        <source>Months played</source>
        <translation>진행한 개월</translation>
    </message>
    <message>
        <source>running</source>
        <translation>시행 중</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>held</source>
        <translation>보류됨</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>&amp;Exercise</source>
        <translation>연습(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Evaluation...</source>
        <translation>평가(&amp;E)...</translation>
    </message>
    <message>
        <source>Export &amp;After-Action Report...</source>
        <translation>사후 검토 보고서 내보내기(&amp;A)...</translation>
    </message>
    <message>
        <source>Export After-Action Report</source>
        <translation>사후 검토 보고서 내보내기</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>결정(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Control</source>
        <translation>통제관(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Negotiators</source>
        <translation>협상단(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;ounterpart</source>
        <translation>상대국(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fire the selected inject now</source>
        <translation>선택한 상황 부여를 지금 실행(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Skip the selected inject</source>
        <translation>선택한 상황 부여 생략(&amp;S)</translation>
    </message>
    <message>
        <source>A&amp;djudicate the selected inject</source>
        <translation>선택한 상황 부여 판정(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;End the exercise</source>
        <translation>연습 종료(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Hold the selected placement</source>
        <translation>선택한 제재 완화 보류(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Release the selected placement</source>
        <translation>선택한 제재 완화 보류 해제(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Override its gate</source>
        <translation>선행 조치 예외 적용(&amp;O)</translation>
    </message>
    <message>
        <source>Re-&amp;impose it</source>
        <translation>재부과(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Extend it</source>
        <translation>연장(&amp;E)</translation>
    </message>
    <message>
        <source>Invoke &amp;snapback</source>
        <translation>스냅백 발동(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Walk away</source>
        <translation>협상 이탈(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Step on the selected action</source>
        <translation>선택한 조치 이행 조정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cheat</source>
        <translation>위반 행위(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>O&amp;bserve</source>
        <translation>관찰(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Withdraw the selected decision</source>
        <translation>선택한 결정 철회(&amp;W)</translation>
    </message>
    <message>
        <source>Fire now</source>
        <translation>지금 실행</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>생략</translation>
    </message>
    <message>
        <source>Adjudicate</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Why this %1? The exercise asks for a rationale.</source>
        <translation>%1의 사유는 무엇입니까? 이 연습은 사유를 요구합니다.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>개월 차</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>턴</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>제공액</translation>
    </message>
    <message>
        <source>Released so far</source>
        <translation>누적 제공액</translation>
    </message>
    <message>
        <source>In escrow</source>
        <translation>에스크로</translation>
    </message>
    <message>
        <source>Kept if they walk</source>
        <translation>이탈 시 보유액</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>위반</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>%1 fired</source>
        <translation>%1 실행됨</translation>
    </message>
    <message>
        <source>%1: chance drew &quot;%2&quot;</source>
        <translation>%1: 추첨 결과 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <translation>%1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 불이행</translation>
    </message>
    <message>
        <source>%1 starts</source>
        <translation>%1 시작</translation>
    </message>
    <message>
        <source>%1 ends</source>
        <translation>%1 종료</translation>
    </message>
    <message>
        <source>breach</source>
        <translation>위반</translation>
    </message>
    <message>
        <source>cured</source>
        <translation>위반 해소</translation>
    </message>
    <message>
        <source>escrow paid out %1</source>
        <translation>에스크로 %1 지급</translation>
    </message>
    <message>
        <source>escrow leaked %1</source>
        <translation>에스크로 %1 유출</translation>
    </message>
    <message>
        <source>Month %1: %2</source>
        <translation>%1개월 차: %2</translation>
    </message>
    <message>
        <source>in breach</source>
        <translation>위반 상태</translation>
    </message>
    <message>
        <source>The evaluation comes after play: advance a turn first.</source>
        <translation>평가는 진행 후에 합니다. 먼저 한 턴을 진행하십시오.</translation>
    </message>
    <message>
        <source>Negotiators, on %1</source>
        <translation>협상단, 대상: %1</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>보류(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>보류 해제(&amp;R)</translation>
    </message>
    <message>
        <source>Re-&amp;impose</source>
        <translation>재부과(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Extend by %1 month(s)</source>
        <translation>%1개월 연장(&amp;E)</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>상대국</translation>
    </message>
    <message>
        <source>Delay %1 to month %2</source>
        <translation>%1을(를) %2개월 차로 연기</translation>
    </message>
    <message>
        <source>Reverse %1 (fail its verification)</source>
        <translation>%1 번복 (검증 실패 처리)</translation>
    </message>
</context>
<context>
    <name>tranche::EvaluationDialog</name>
    <message>
        <source>Evaluation - %1</source>
        <translation>평가 - %1</translation>
    </message>
    <message>
        <source>Final ratings (P performed, S some challenges, M major challenges, U unable); the figures propose P, M or U.</source>
        <translation>최종 등급(P 수행, S 일부 어려움, M 큰 어려움, U 수행 불가). 수치는 P, M 또는 U를 제안합니다.</translation>
    </message>
    <message>
        <source>Rate every objective as &amp;proposed</source>
        <translation>모든 목표를 제안 등급으로 평가(&amp;P)</translation>
    </message>
    <message>
        <source>Improvement plan:</source>
        <translation>개선 계획:</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Final rating</source>
        <translation>최종 등급</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>P - performed</source>
        <translation>P - 수행</translation>
    </message>
    <message>
        <source>S - some challenges</source>
        <translation>S - 일부 어려움</translation>
    </message>
    <message>
        <source>M - major challenges</source>
        <translation>M - 큰 어려움</translation>
    </message>
    <message>
        <source>U - unable</source>
        <translation>U - 수행 불가</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>관찰 사항</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>권고 사항</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>&amp;Add a row</source>
        <translation>행 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove the row</source>
        <translation>행 삭제(&amp;R)</translation>
    </message>
</context>
<context>
    <name>tranche::FigureLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>모두 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
</context>
<context>
    <name>tranche::FindingsModel</name>
    <message>
        <source>Info</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>위반</translation>
    </message>
    <message>
        <source>%1 (waived)</source>
        <translation>%1(예외 승인됨)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>tranche::FindingsPane</name>
    <message>
        <source>Waive %1</source>
        <translation>%1 예외 승인</translation>
    </message>
    <message>
        <source>Remove waiver of %1</source>
        <translation>%1의 예외 승인 취소</translation>
    </message>
    <message>
        <source>Remove stale waiver of %1</source>
        <translation>%1의 대상 없는 예외 승인 제거</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n stale waiver(s)</source>
        <translation>
            <numerusform>대상 없는 예외 승인 %n건 제거</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>검토 결과</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>규칙(&amp;R):</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>단계(&amp;H):</translation>
    </message>
    <message>
        <source>Show &amp;waived</source>
        <translation>예외 승인 표시(&amp;W)</translation>
    </message>
    <message>
        <source>Show the findings that carry a waiver (greyed)</source>
        <translation>예외 승인된 검토 결과 표시(회색)</translation>
    </message>
    <message>
        <source>Wai&amp;ve...</source>
        <translation>예외 승인(&amp;V)...</translation>
    </message>
    <message>
        <source>Accept the selected finding with a written justification</source>
        <translation>선택한 검토 결과를 서면 사유와 함께 수용합니다</translation>
    </message>
    <message>
        <source>Re&amp;move Waiver</source>
        <translation>예외 승인 취소(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the waiver of the selected finding</source>
        <translation>선택한 검토 결과의 예외 승인을 취소합니다</translation>
    </message>
    <message>
        <source>Stale waivers (matching no finding)</source>
        <translation>대상 없는 예외 승인(해당 검토 결과 없음)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Author, date</source>
        <translation>작성자, 일자</translation>
    </message>
    <message>
        <source>Remove &amp;Stale Waiver</source>
        <translation>대상 없는 예외 승인 제거(&amp;S)</translation>
    </message>
    <message>
        <source>Filter by rule</source>
        <translation>규칙으로 필터</translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation>단계로 필터</translation>
    </message>
    <message>
        <source>Show waived findings</source>
        <translation>예외 승인된 검토 결과 표시</translation>
    </message>
    <message>
        <source>Findings of the principles check; press Enter to select the phase or placement</source>
        <translation>원칙 검토 결과. Enter 키를 누르면 해당 단계 또는 배치를 선택합니다</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>검토 결과 상세</translation>
    </message>
    <message>
        <source>Waive finding</source>
        <translation>검토 결과 예외 승인</translation>
    </message>
    <message>
        <source>Remove waiver</source>
        <translation>예외 승인 취소</translation>
    </message>
    <message>
        <source>Stale waivers</source>
        <translation>대상 없는 예외 승인</translation>
    </message>
    <message>
        <source>Remove stale waiver</source>
        <translation>대상 없는 예외 승인 제거</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>모든 규칙</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>모든 단계</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>(no phase)</source>
        <translation>(단계 없음)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>none (the whole plan)</source>
        <translation>없음(계획 전체)</translation>
    </message>
    <message>
        <source>Select a finding to see its details.</source>
        <translation>검토 결과를 선택하면 상세 내용이 표시됩니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>예외 승인됨</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>단계:</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>항목:</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>예외 승인</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(unknown author)</source>
        <translation>(작성자 불명)</translation>
    </message>
    <message>
        <source>Violations (%1)</source>
        <translation>위반(%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>경고(%1)</translation>
    </message>
    <message>
        <source>Infos (%1)</source>
        <translation>정보(%1)</translation>
    </message>
    <message>
        <source>Show violations</source>
        <translation>위반 표시</translation>
    </message>
    <message>
        <source>Show warnings</source>
        <translation>경고 표시</translation>
    </message>
    <message>
        <source>Show infos</source>
        <translation>정보 표시</translation>
    </message>
    <message>
        <source>Show &amp;waived (%1)</source>
        <translation>예외 승인 %1건 표시(&amp;W)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%2 (%1)</source>
        <translation>%2(%1)</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>해결 방법:</translation>
    </message>
</context>
<context>
    <name>tranche::FlowCharts</name>
    <message>
        <source>Escrowed and released value per month</source>
        <translation>월별 에스크로·제공액</translation>
    </message>
    <message>
        <source>Released, cumulative (right axis)</source>
        <translation>누적 제공액(오른쪽 축)</translation>
    </message>
    <message>
        <source>Escrow balance (right axis)</source>
        <translation>에스크로 잔액(오른쪽 축)</translation>
    </message>
    <message>
        <source>Month of the plan</source>
        <translation>계획 개월 차</translation>
    </message>
    <message>
        <source>Value per month (US$)</source>
        <translation>월별 가치(US$)</translation>
    </message>
    <message>
        <source>Cumulative (US$)</source>
        <translation>누적(US$)</translation>
    </message>
    <message>
        <source>Released and escrowed value per phase (whole horizon)</source>
        <translation>단계별 제공액 및 에스크로 적립액(계획 기간 전체)</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>제공액</translation>
    </message>
    <message>
        <source>Escrowed</source>
        <translation>에스크로 적립액</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Total over the horizon (US$)</source>
        <translation>계획 기간 합계(US$)</translation>
    </message>
    <message>
        <source>Exposure: what the counterpart keeps if it walks away</source>
        <translation>노출액: 상대국이 이탈할 경우 보유하게 되는 가치</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>노출액</translation>
    </message>
    <message>
        <source>Released so far</source>
        <translation>누적 제공액</translation>
    </message>
    <message>
        <source>Month of the plan (walking away at its end)</source>
        <translation>계획 개월 차(해당 월말 이탈)</translation>
    </message>
    <message>
        <source>Value kept (US$)</source>
        <translation>보유 가치(US$)</translation>
    </message>
    <message>
        <source>Escrowed this month</source>
        <translation>당월 에스크로 적립액</translation>
    </message>
    <message>
        <source>Released this month (incl. payout)</source>
        <translation>당월 제공액(에스크로 지급 포함)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Inducement ratio: undefined - no final phase requires an action, so escrow is never paid out.</source>
        <translation>유인 비율: 정의되지 않음 - 조치를 요구하는 최종 단계가 없어 에스크로가 지급되지 않습니다.</translation>
    </message>
    <message>
        <source>Inducement ratio: undefined - the payout month is month 0.</source>
        <translation>유인 비율: 정의되지 않음 - 에스크로 지급 시점이 0개월 차입니다.</translation>
    </message>
    <message>
        <source>Inducement ratio: undefined - nothing is exposed before the payout month %1.</source>
        <translation>유인 비율: 정의되지 않음 - 에스크로 지급 월 %1 이전의 노출액이 없습니다.</translation>
    </message>
    <message>
        <source>Inducement ratio %1x: %2 released in the 12 months from the payout (month %3) against a peak exposure of %4 before it.</source>
        <translation>유인 비율 %1배: 에스크로 지급 월 %3부터 12개월간 제공액 %2, 그 이전 최대 노출액 %4.</translation>
    </message>
    <message>
        <source>Walk away at the end of month %1: the counterpart keeps %2 (%3 released so far + %4 that keeps flowing); %5 of escrow is frozen.</source>
        <translation>월 %1 말 이탈 시: 상대국 보유액 %2(누적 제공액 %3 + 계속 제공되는 %4), 에스크로 %5 동결.</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>월 %1</translation>
    </message>
    <message>
        <source>Released: %1</source>
        <translation>제공액: %1</translation>
    </message>
    <message>
        <source>  of which escrow payout: %1</source>
        <translation>  그중 에스크로 지급액: %1</translation>
    </message>
    <message>
        <source>Escrowed: %1</source>
        <translation>에스크로 적립액: %1</translation>
    </message>
    <message>
        <source>Released, cumulative: %1</source>
        <translation>누적 제공액: %1</translation>
    </message>
    <message>
        <source>Escrow balance: %1</source>
        <translation>에스크로 잔액: %1</translation>
    </message>
    <message>
        <source>Exposure: %1</source>
        <translation>노출액: %1</translation>
    </message>
    <message>
        <source>Payout, month %1</source>
        <translation>에스크로 지급, %1개월 차</translation>
    </message>
    <message>
        <source>peak before payout %1</source>
        <translation>지급 전 최대 %1</translation>
    </message>
    <message>
        <source>Walk away</source>
        <translation>이탈</translation>
    </message>
    <message>
        <source>keeps %1</source>
        <translation>보유 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Counterpart acts, no relief in return (months %1–%2)</source>
        <translation>상대국은 조치하나 대가인 제재 완화 없음(%1–%2개월 차)</translation>
    </message>
    <message>
        <source>counterpart steps, month verified</source>
        <translation>상대국 조치, 검증 월</translation>
    </message>
</context>
<context>
    <name>tranche::FlowTableModel</name>
    <message>
        <source>Month</source>
        <translation>개월 차</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>제공액</translation>
    </message>
    <message>
        <source>Released (cumulative)</source>
        <translation>제공액(누적)</translation>
    </message>
    <message>
        <source>Escrowed</source>
        <translation>에스크로 적립액</translation>
    </message>
    <message>
        <source>Escrow balance</source>
        <translation>에스크로 잔액</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>에스크로 지급</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>노출액</translation>
    </message>
</context>
<context>
    <name>tranche::HelpBrowser</name>
    <message>
        <source>Tranche Help</source>
        <translation>Tranche 도움말</translation>
    </message>
</context>
<context>
    <name>tranche::Inspector</name>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Without its own value the plan uses the sum of the catalog items: %1/yr.</source>
        <translation>자체 값이 없으면 계획은 카탈로그 항목의 합계(연 %1)를 사용합니다.</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>단계 %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n relief placement(s), %1/yr in all.</source>
        <translation>
            <numerusform>제재 완화 배치 %n건, 합계 연 %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1(카탈로그에 없음)</translation>
    </message>
    <message>
        <source>Verified month of %1</source>
        <translation>%1의 검증 시점</translation>
    </message>
    <message>
        <source>Relief: %1</source>
        <translation>제재 완화: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Not in the catalog</source>
        <translation>카탈로그에 없음</translation>
    </message>
    <message>
        <source>Annual relief %1 (item %2/yr x extent); %3 escrowed.</source>
        <translation>연간 제재 완화 %1(항목 연 %2 × 완화 범위), 에스크로 적립 %3.</translation>
    </message>
    <message>
        <source>The item %1 is not in the catalog.</source>
        <translation>항목 %1이(가) 카탈로그에 없습니다.</translation>
    </message>
    <message>
        <source>Required action: %1</source>
        <translation>요구 조치: %1</translation>
    </message>
    <message>
        <source>nuclear</source>
        <translation>핵</translation>
    </message>
    <message>
        <source>ICBM</source>
        <translation>ICBM</translation>
    </message>
    <message>
        <source>other WMD</source>
        <translation>기타 WMD</translation>
    </message>
    <message>
        <source>Weight %1; category %2.</source>
        <translation>가중치 %1, 분류 %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Completes dismantlement: %1.</source>
        <translation>폐기 완료: %1.</translation>
    </message>
    <message>
        <source>Financial-sector reform.</source>
        <translation>금융 부문 개혁.</translation>
    </message>
    <message>
        <source>The action %1 is not in the catalog.</source>
        <translation>조치 %1이(가) 카탈로그에 없습니다.</translation>
    </message>
    <message>
        <source>A phase id is one or more of a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>단계 ID는 a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; 중 하나 이상의 문자로 이루어집니다.</translation>
    </message>
    <message>
        <source>Another phase already has the id &quot;%1&quot;.</source>
        <translation>다른 단계가 이미 ID &quot;%1&quot;을(를) 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>The end month (%1) must not be before the start month (%2).</source>
        <translation>종료 월(%1)은 시작 월(%2)보다 앞설 수 없습니다.</translation>
    </message>
    <message>
        <source>The phase already requires this action.</source>
        <translation>이 단계는 이미 이 조치를 요구합니다.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Counterpart:</source>
        <translation>상대국(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Start month:</source>
        <translation>시작 월(&amp;S):</translation>
    </message>
    <message>
        <source>C&amp;lassification:</source>
        <translation>보안 등급(&amp;L):</translation>
    </message>
    <message>
        <source>Rule &amp;profile:</source>
        <translation>규칙 프로필(&amp;P):</translation>
    </message>
    <message>
        <source>Own reference &amp;value:</source>
        <translation>자체 기준 가치(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Reference value (USD/yr):</source>
        <translation>기준 가치(USD/연)(&amp;R):</translation>
    </message>
    <message>
        <source>The start month is written YYYY-MM, e.g. 2026-07.</source>
        <translation>시작 월은 YYYY-MM 형식으로 입력합니다(예: 2026-07).</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;End month (exclusive):</source>
        <translation>종료 월(미포함)(&amp;E):</translation>
    </message>
    <message>
        <source>Required actions:</source>
        <translation>요구 조치:</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>항목:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>단계:</translation>
    </message>
    <message>
        <source>E&amp;xtent:</source>
        <translation>완화 범위(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Open-ended:</source>
        <translation>종료 시점 없음(&amp;O):</translation>
    </message>
    <message>
        <source>Escrow s&amp;hare:</source>
        <translation>에스크로 비율(&amp;H):</translation>
    </message>
    <message>
        <source>Escrow &amp;agent:</source>
        <translation>에스크로 기관(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Permitted uses:</source>
        <translation>허용 용도(&amp;P):</translation>
    </message>
    <message>
        <source>Snap&amp;back:</source>
        <translation>스냅백(&amp;B):</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>메모(&amp;T):</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>조치:</translation>
    </message>
    <message>
        <source>&amp;Verified in month:</source>
        <translation>검증 시점(개월 차)(&amp;V):</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Inspector fields</source>
        <translation>속성 필드</translation>
    </message>
    <message>
        <source>Inspected object</source>
        <translation>속성 대상</translation>
    </message>
    <message>
        <source>Interim</source>
        <translation>잠정</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>최종</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Verified month</source>
        <translation>검증 시점</translation>
    </message>
    <message>
        <source>Action to require</source>
        <translation>요구할 조치</translation>
    </message>
    <message>
        <source>Verification month of the new action</source>
        <translation>새 조치의 검증 시점</translation>
    </message>
    <message>
        <source>Re&amp;quire</source>
        <translation>요구(&amp;Q)</translation>
    </message>
    <message>
        <source>Require the action</source>
        <translation>조치를 요구합니다</translation>
    </message>
    <message>
        <source>Re&amp;move action</source>
        <translation>조치 제거(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected required action</source>
        <translation>선택한 요구 조치를 제거합니다</translation>
    </message>
    <message>
        <source>Re&amp;move from phase</source>
        <translation>단계에서 제거(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the action from the phase</source>
        <translation>단계에서 조치를 제거합니다</translation>
    </message>
    <message>
        <source>Relief without an end month stays in force to the end of the horizon</source>
        <translation>종료 월이 없는 제재 완화는 계획 기간 끝까지 유지됩니다</translation>
    </message>
    <message>
        <source>The relief ends by itself if the counterpart stops or reverses a step</source>
        <translation>상대국이 조치를 중단하거나 되돌리면 제재 완화가 자동으로 종료됩니다</translation>
    </message>
    <message>
        <source>INT-1&apos;s cap is a share of this value</source>
        <translation>INT-1의 상한은 이 값의 일정 비율입니다</translation>
    </message>
    <message>
        <source>Default reference value</source>
        <translation>기본 기준 가치</translation>
    </message>
    <message>
        <source>Phase summary</source>
        <translation>단계 요약</translation>
    </message>
    <message>
        <source>Relief summary</source>
        <translation>제재 완화 요약</translation>
    </message>
    <message>
        <source>Action details</source>
        <translation>조치 상세</translation>
    </message>
    <message>
        <source>Plan input error</source>
        <translation>계획 입력 오류</translation>
    </message>
    <message>
        <source>Phase input error</source>
        <translation>단계 입력 오류</translation>
    </message>
    <message>
        <source>Relief input error</source>
        <translation>제재 완화 입력 오류</translation>
    </message>
    <message>
        <source>where the reference value comes from</source>
        <translation>기준 가치의 출처</translation>
    </message>
    <message>
        <source>Reference value &amp;basis:</source>
        <translation>기준 가치 근거(&amp;B):</translation>
    </message>
    <message>
        <source>Cited but not in the plan&apos;s sources (the text stays as written): %1</source>
        <translation>인용되었으나 계획의 출처에 없음(문구는 적힌 그대로 유지): %1</translation>
    </message>
    <message>
        <source>the decision the briefing asks of its reader</source>
        <translation>브리핑이 독자에게 요청하는 결정</translation>
    </message>
    <message>
        <source>&amp;Decision asked:</source>
        <translation>요청 결정 사항(&amp;D):</translation>
    </message>
    <message>
        <source>Source citations not in the bibliography</source>
        <translation>참고 문헌에 없는 출처 인용</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)...</source>
        <translation>
            <numerusform>출처 %n개...</numerusform>
        </translation>
    </message>
    <message>
        <source>No estimate of the item&apos;s value exists: reports say &quot;not quantified&quot; rather than &quot;$0&quot;</source>
        <translation>이 항목의 가치 추정치가 없습니다: 보고서에는 &quot;$0&quot; 대신 &quot;정량화되지 않음&quot;으로 표시됩니다</translation>
    </message>
    <message>
        <source>So&amp;urces:</source>
        <translation>출처(&amp;U):</translation>
    </message>
    <message>
        <source>Value not &amp;quantified:</source>
        <translation>가치 미정량(&amp;Q):</translation>
    </message>
    <message>
        <source>Edit the plan&apos;s bibliography (Plan &gt; Sources...)</source>
        <translation>계획의 참고 문헌 편집(계획 &gt; 출처...)</translation>
    </message>
    <message numerus="yes">
        <source>%n of them not quantified (no estimate, not in the total).</source>
        <translation>
            <numerusform>그중 %n건은 추정치가 없어 정량화되지 않았습니다(합계에서 제외).</numerusform>
        </translation>
    </message>
    <message>
        <source>Annual relief not quantified (the item has no estimate); %1 escrowed.</source>
        <translation>연간 제재 완화 정량화되지 않음(항목에 추정치 없음), 에스크로 적립 %1.</translation>
    </message>
</context>
<context>
    <name>tranche::MainWindow</name>
    <message>
        <source>About Tranche</source>
        <translation>Tranche 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tranche %1&lt;/h3&gt;&lt;p&gt;Plans phased, action-for-action sanctions-relief deals and checks every phase against the guiding principles.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tranche %1&lt;/h3&gt;&lt;p&gt;행동 대 행동 원칙에 따른 단계적 제재 완화 합의를 계획하고, 모든 단계를 지도 원칙에 비추어 검토합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>New from &amp;Scenario</source>
        <translation>시나리오에서 새로 만들기(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>계획(&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>내보내기(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Chart...</source>
        <translation>차트(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Timeline...</source>
        <translation>타임라인(&amp;T)...</translation>
    </message>
    <message>
        <source>Briefing &amp;Report...</source>
        <translation>브리핑 보고서(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Print Report...</source>
        <translation>보고서 인쇄(&amp;P)...</translation>
    </message>
    <message>
        <source>Copy &amp;Chart</source>
        <translation>차트 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Rule &amp;Profile...</source>
        <translation>규칙 프로필(&amp;P)...</translation>
    </message>
    <message>
        <source>Place Selected Catalog &amp;Entry in Phase</source>
        <translation>선택한 카탈로그 항목을 단계에 배치(&amp;E)</translation>
    </message>
    <message>
        <source>Go to &amp;Catalog</source>
        <translation>카탈로그로 이동(&amp;C)</translation>
    </message>
    <message>
        <source>Go to &amp;Inspector</source>
        <translation>속성으로 이동(&amp;I)</translation>
    </message>
    <message>
        <source>Go to &amp;Findings</source>
        <translation>검토 결과로 이동(&amp;F)</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>카탈로그</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>검토 결과</translation>
    </message>
    <message>
        <source>Value Flow</source>
        <translation>가치 흐름</translation>
    </message>
    <message>
        <source>History</source>
        <translation>작업 기록</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Plan</source>
        <translation>새 계획(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>열기(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>다른 이름으로 저장(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Import JSON...</source>
        <translation>JSON 가져오기(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Export JSON...</source>
        <translation>JSON 내보내기(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Tranche</source>
        <translation>Tranche 정보(&amp;A)</translation>
    </message>
    <message>
        <source>%1[*] - Tranche</source>
        <translation>%1[*] - Tranche</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>계획을 열 수 없음</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Cannot save plan</source>
        <translation>계획을 저장할 수 없음</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>The plan has unsaved changes. Save them first?</source>
        <translation>계획에 저장하지 않은 변경 사항이 있습니다. 먼저 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>제목 없는 계획</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>계획 열기</translation>
    </message>
    <message>
        <source>Tranche plans (*.tranche *.json);;All files (*)</source>
        <translation>Tranche 계획 (*.tranche *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>다른 이름으로 계획 저장</translation>
    </message>
    <message>
        <source>Tranche plans (*.tranche)</source>
        <translation>Tranche 계획 (*.tranche)</translation>
    </message>
    <message>
        <source>Import JSON Plan</source>
        <translation>JSON 계획 가져오기</translation>
    </message>
    <message>
        <source>JSON plans (*.json)</source>
        <translation>JSON 계획 (*.json)</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>자동 저장 실패: %1</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>저장하지 않은 변경 사항을 복구하시겠습니까?</translation>
    </message>
    <message>
        <source>Tranche did not close cleanly. Unsaved changes to &quot;%1&quot; from %2 can be recovered.

Recover them?</source>
        <translation>Tranche가 정상적으로 종료되지 않았습니다. %2 시점의 &quot;%1&quot;에 대한 저장하지 않은 변경 사항을 복구할 수 있습니다.

복구하시겠습니까?</translation>
    </message>
    <message>
        <source>Cannot recover plan</source>
        <translation>계획을 복구할 수 없음</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to %1</source>
        <translation>%1의 저장하지 않은 변경 사항을 복구했습니다</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>편집 기록</translation>
    </message>
    <message>
        <source>&lt;opened plan&gt;</source>
        <translation>&lt;열린 계획&gt;</translation>
    </message>
    <message>
        <source>Finding counts</source>
        <translation>검토 결과 건수</translation>
    </message>
    <message>
        <source>%1 violation(s) · %2 warning(s) · %3 info · %4 waived</source>
        <translation>위반 %1 · 경고 %2 · 정보 %3 · 예외 승인 %4</translation>
    </message>
    <message>
        <source>Add a phase first: relief is placed in a phase.</source>
        <translation>먼저 단계를 추가하십시오. 제재 완화는 단계에 배치됩니다.</translation>
    </message>
    <message>
        <source>Placed %1 in %2</source>
        <translation>%1을(를) %2에 배치했습니다</translation>
    </message>
    <message>
        <source>Add a phase first: actions are required by a phase.</source>
        <translation>먼저 단계를 추가하십시오. 조치는 단계에서 요구됩니다.</translation>
    </message>
    <message>
        <source>%1 now requires %2</source>
        <translation>%1이(가) 이제 %2을(를) 요구합니다</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG image (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG 이미지 (*.svg);;PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Go to &amp;Timeline</source>
        <translation>타임라인으로 이동(&amp;T)</translation>
    </message>
    <message>
        <source>Report &amp;Detail</source>
        <translation>보고서 상세 수준(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Automatic (summarise very large plans)</source>
        <translation>자동(매우 큰 계획은 요약)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Every Placement and Finding</source>
        <translation>모든 배치와 검토 결과(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>요약(&amp;S)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Open &amp;Exercise...</source>
        <translation>연습 열기(&amp;E)...</translation>
    </message>
    <message>
        <source>The &amp;Principles and Their Rules</source>
        <translation>원칙과 규칙(&amp;P)</translation>
    </message>
    <message>
        <source>Plan &amp;Format and Command Line</source>
        <translation>계획 형식과 명령줄(&amp;F)</translation>
    </message>
    <message>
        <source>Open Exercise</source>
        <translation>연습 열기</translation>
    </message>
    <message>
        <source>Exercise packages (*.json *.tranche);;All files (*)</source>
        <translation>연습 패키지 (*.json *.tranche);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The recovery file was kept in %1.</source>
        <translation>복구 파일은 %1에 보관되었습니다.</translation>
    </message>
    <message>
        <source>Recovered plan has problems</source>
        <translation>복구된 계획에 문제가 있습니다</translation>
    </message>
    <message>
        <source>The recovered plan cannot be saved until these problems are put right:
%1</source>
        <translation>다음 문제를 바로잡기 전에는 복구된 계획을 저장할 수 없습니다:
%1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quick Guide</source>
        <translation>빠른 안내서(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>바로 가기 키(&amp;K)</translation>
    </message>
    <message>
        <source>Export Plan as JSON</source>
        <translation>계획을 JSON으로 내보내기</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>열지 못함: %1</translation>
    </message>
    <message>
        <source>Opened %1 repaired; not saved yet</source>
        <translation>%1을(를) 복구하여 열었습니다. 아직 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>&amp;Sources...</source>
        <translation>출처(&amp;S)...</translation>
    </message>
</context>
<context>
    <name>tranche::MainWindowExercise</name>
    <message>
        <source>New E&amp;xercise</source>
        <translation>새 연습(&amp;X)</translation>
    </message>
    <message>
        <source>Edit Exercise (MSEL, &amp;Objectives)...</source>
        <translation>연습 편집(MSEL, 목표)(&amp;O)...</translation>
    </message>
    <message>
        <source>R&amp;un Exercise</source>
        <translation>연습 실행(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;After-Action Report...</source>
        <translation>사후 검토 보고서(&amp;A)...</translation>
    </message>
    <message>
        <source>Run Exercise</source>
        <translation>연습 실행</translation>
    </message>
    <message>
        <source>Save the plan first: the exercise plays the saved package.</source>
        <translation>먼저 계획을 저장하십시오. 연습은 저장된 패키지로 진행됩니다.</translation>
    </message>
    <message>
        <source>No exercise log to report on: run the exercise first (its log is kept beside the saved package).</source>
        <translation>보고할 연습 로그가 없습니다. 먼저 연습을 실행하십시오(로그는 저장된 패키지 옆에 보관됩니다).</translation>
    </message>
    <message>
        <source>The Exercise Log</source>
        <translation>연습 로그</translation>
    </message>
    <message>
        <source>Exercise logs (*.log.json *.json)</source>
        <translation>연습 로그 (*.log.json *.json)</translation>
    </message>
    <message>
        <source>Export After-Action Report</source>
        <translation>사후 검토 보고서 내보내기</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tranche::PackageEditor</name>
    <message>
        <source>Exercise package - MSEL and objectives</source>
        <translation>연습 패키지 - MSEL 및 목표</translation>
    </message>
    <message>
        <source>This exercise has been played: the package and the plan are read-only. Start a new run from a copy (File &gt; Save As).</source>
        <translation>이 연습은 이미 진행되었습니다. 패키지와 계획은 읽기 전용입니다. 사본에서 새로 진행하십시오(파일 &gt; 다른 이름으로 저장).</translation>
    </message>
    <message>
        <source>MSEL (injects)</source>
        <translation>MSEL(상황 부여)</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>삭제하지 않음: %1</translation>
    </message>
</context>
<context>
    <name>tranche::PackageTableModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Figures (X1..X8)</source>
        <translation>수치(X1..X8)</translation>
    </message>
    <message>
        <source>Trigger (JSON)</source>
        <translation>실행 조건(JSON)</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Controller notes</source>
        <translation>통제관 메모</translation>
    </message>
    <message>
        <source>a trigger is a JSON object such as {&quot;at&quot;: 6} or {&quot;manual&quot;: true}</source>
        <translation>실행 조건은 {&quot;at&quot;: 6} 또는 {&quot;manual&quot;: true} 같은 JSON 객체입니다</translation>
    </message>
    <message>
        <source>inject %1 has this id already</source>
        <translation>%1번 상황 부여가 이미 이 ID를 사용합니다</translation>
    </message>
    <message>
        <source>objective %1 has this id already</source>
        <translation>%1번 목표가 이미 이 ID를 사용합니다</translation>
    </message>
    <message>
        <source>Edit inject %1: %2</source>
        <translation>상황 부여 %1 편집: %2</translation>
    </message>
    <message>
        <source>Edit objective %1: %2</source>
        <translation>목표 %1 편집: %2</translation>
    </message>
    <message>
        <source>New inject</source>
        <translation>새 상황 부여</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>새 목표</translation>
    </message>
    <message numerus="yes">
        <source>Add %n inject(s)</source>
        <translation>
            <numerusform>상황 부여 %n건 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n objective(s)</source>
        <translation>
            <numerusform>목표 %n건 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n inject(s)</source>
        <translation>
            <numerusform>상황 부여 %n건 삭제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n objective(s)</source>
        <translation>
            <numerusform>목표 %n건 삭제</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tranche::PlayedCharts</name>
    <message>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>기준값</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>Kept if they walk now: %1 (month %2)</source>
        <translation>즉시 이탈 시 보유액: %1(%2개월 차)</translation>
    </message>
    <message>
        <source>Kept if they walk now: %1</source>
        <translation>즉시 이탈 시 보유액: %1</translation>
    </message>
    <message>
        <source>MSEL</source>
        <translation>MSEL</translation>
    </message>
    <message>
        <source>Timeline as played</source>
        <translation>실제 진행 타임라인</translation>
    </message>
    <message>
        <source>Value flow as played</source>
        <translation>실제 진행 가치 흐름</translation>
    </message>
</context>
<context>
    <name>tranche::PlayedLock</name>
    <message>
        <source>This exercise has been played: start a new run from a copy (File &gt; Save As)</source>
        <translation>이 연습은 이미 진행되었습니다. 사본에서 새로 진행하십시오(파일 &gt; 다른 이름으로 저장)</translation>
    </message>
</context>
<context>
    <name>tranche::PngOptionsDialog</name>
    <message>
        <source>PNG Image Options</source>
        <translation>PNG 이미지 옵션</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>해상도(인치당 도트 수)</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>해상도(&amp;R):</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Image width in pixels</source>
        <translation>이미지 너비(픽셀)</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>너비(&amp;W):</translation>
    </message>
    <message>
        <source>Image height in pixels</source>
        <translation>이미지 높이(픽셀)</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>높이(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Keep proportions</source>
        <translation>비율 유지(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Natural Size</source>
        <translation>원래 크기(&amp;N)</translation>
    </message>
</context>
<context>
    <name>tranche::ProfileDialog</name>
    <message>
        <source>Minimum weight:</source>
        <translation>최소 가중치:</translation>
    </message>
    <message>
        <source>Cap share:</source>
        <translation>상한 비율:</translation>
    </message>
    <message>
        <source>Warn above share of cap:</source>
        <translation>경고 기준(상한 대비 비율):</translation>
    </message>
    <message>
        <source>Maximum months:</source>
        <translation>최대 개월 수:</translation>
    </message>
    <message>
        <source>Violation below:</source>
        <translation>위반 기준(미만):</translation>
    </message>
    <message>
        <source>Warning below:</source>
        <translation>경고 기준(미만):</translation>
    </message>
    <message>
        <source>Minimum coverage:</source>
        <translation>최소 포괄 비율:</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot; in %2.</source>
        <translation>프로필 &quot;%1&quot;을(를) %2에 저장했습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a bundled profile; save your changes under a new name.</source>
        <translation>&quot;%1&quot;은(는) 기본 제공 프로필입니다. 변경 사항을 새 이름으로 저장하십시오.</translation>
    </message>
    <message>
        <source>The file %1 is not a usable rule profile:</source>
        <translation>파일 %1은(는) 사용할 수 있는 규칙 프로필이 아닙니다:</translation>
    </message>
    <message>
        <source>Imported the profile &quot;%1&quot;.</source>
        <translation>프로필 &quot;%1&quot;을(를) 가져왔습니다.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Exported the profile &quot;%1&quot; to %2.</source>
        <translation>프로필 &quot;%1&quot;을(를) %2(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Unsaved Profile Changes</source>
        <translation>저장하지 않은 프로필 변경 사항</translation>
    </message>
    <message>
        <source>The changes to the profile &quot;%1&quot; are not saved. Close anyway?</source>
        <translation>프로필 &quot;%1&quot;의 변경 사항이 저장되지 않았습니다. 그래도 닫으시겠습니까?</translation>
    </message>
    <message>
        <source>Rule Profiles</source>
        <translation>규칙 프로필</translation>
    </message>
    <message>
        <source>Plan&apos;s rule &amp;profile:</source>
        <translation>계획의 규칙 프로필(&amp;P):</translation>
    </message>
    <message>
        <source>Rule profile of the plan</source>
        <translation>계획의 규칙 프로필</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>Profile description</source>
        <translation>프로필 설명</translation>
    </message>
    <message>
        <source>Rules and thresholds</source>
        <translation>규칙 및 기준값</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check the rule %1</source>
        <translation>규칙 %1 검토</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: from %3 to %4 (strict: %5)</source>
        <translation>%1 &quot;%2&quot;: %3~%4(엄격 기준: %5)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes of your own profile</source>
        <translation>사용자 프로필의 변경 사항을 저장합니다</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>다른 이름으로 저장(&amp;A)...</translation>
    </message>
    <message>
        <source>Save the profile shown as one of your own under a new name</source>
        <translation>표시된 프로필을 새 이름의 사용자 프로필로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>가져오기(&amp;I)...</translation>
    </message>
    <message>
        <source>Add a profile file shared with you</source>
        <translation>공유받은 프로필 파일을 추가합니다</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>내보내기(&amp;E)...</translation>
    </message>
    <message>
        <source>Write the profile shown to a file to share it</source>
        <translation>표시된 프로필을 공유용 파일로 저장합니다</translation>
    </message>
    <message>
        <source>%1 (bundled)</source>
        <translation>%1(기본 제공)</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be read; showing the strict defaults.</source>
        <translation>프로필 &quot;%1&quot;을(를) 읽을 수 없어 엄격한 기본값을 표시합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bundled with Tranche and read-only: to change it, edit it here and save it under a new name.</source>
        <translation>&quot;%1&quot;은(는) Tranche 기본 제공 프로필로 읽기 전용입니다. 변경하려면 여기에서 편집한 후 새 이름으로 저장하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is your own profile, kept in %2.</source>
        <translation>&quot;%1&quot;은(는) 사용자 프로필이며 %2에 보관됩니다.</translation>
    </message>
    <message>
        <source>(modified)</source>
        <translation>(수정됨)</translation>
    </message>
    <message>
        <source>Save Profile As</source>
        <translation>다른 이름으로 프로필 저장</translation>
    </message>
    <message>
        <source>Name of the profile (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;):</source>
        <translation>프로필 이름(영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not starting with &apos;.&apos;, and not a bundled name.</source>
        <translation>&quot;%1&quot;은(는) 프로필 이름으로 쓸 수 없습니다. 영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;를 사용하되 &apos;.&apos;로 시작하지 말고 기본 제공 프로필 이름과 겹치지 않게 하십시오.</translation>
    </message>
    <message>
        <source>Replace Profile</source>
        <translation>프로필 교체</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Replace it?</source>
        <translation>&quot;%1&quot; 프로필이 이미 있습니다. 교체하시겠습니까?</translation>
    </message>
    <message>
        <source>Import Rule Profile</source>
        <translation>규칙 프로필 가져오기</translation>
    </message>
    <message>
        <source>Rule profiles (*.json);;All files (*)</source>
        <translation>규칙 프로필 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export Rule Profile</source>
        <translation>규칙 프로필 내보내기</translation>
    </message>
    <message>
        <source>Rule profiles (*.json)</source>
        <translation>규칙 프로필 (*.json)</translation>
    </message>
</context>
<context>
    <name>tranche::PublicScreen</name>
    <message>
        <source>Exercise - public screen</source>
        <translation>연습 - 공용 화면</translation>
    </message>
    <message>
        <source>Released so far</source>
        <translation>누적 제공액</translation>
    </message>
    <message>
        <source>In escrow</source>
        <translation>에스크로</translation>
    </message>
    <message>
        <source>Kept if they walk now</source>
        <translation>즉시 이탈 시 보유액</translation>
    </message>
    <message>
        <source>Exercise over - %1 months played</source>
        <translation>연습 종료 - %1개월 진행</translation>
    </message>
    <message>
        <source>Turn %1 - month %2 (%3)</source>
        <translation>제%1턴 - %2개월 차(%3)</translation>
    </message>
    <message>
        <source>Turn %1 - month %2</source>
        <translation>제%1턴 - %2개월 차</translation>
    </message>
    <message>
        <source>Month %1: %2</source>
        <translation>%1개월 차: %2</translation>
    </message>
</context>
<context>
    <name>tranche::RepairDialog</name>
    <message>
        <source>Repair Plan</source>
        <translation>계획 복구</translation>
    </message>
    <message>
        <source>%1 cannot be opened as it is: each problem below refers to something the plan does not have, or cannot be kept. The repair drops what each row says, and nothing else.</source>
        <translation>%1을(를) 그대로 열 수 없습니다: 아래의 각 문제는 계획에 없는 것을 가리키거나 유지할 수 없는 것입니다. 복구는 각 행이 말하는 것만 삭제하고 그 밖에는 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>The repaired plan opens as a modified plan; the file stays as it is until you save.</source>
        <translation>복구된 계획은 수정된 계획으로 열립니다. 저장하기 전까지 파일은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>&amp;Repair and Open</source>
        <translation>복구하고 열기(&amp;R)</translation>
    </message>
</context>
<context>
    <name>tranche::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
</context>
<context>
    <name>tranche::SourceTableModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>인용 항목</translation>
    </message>
</context>
<context>
    <name>tranche::SourcesDialog</name>
    <message>
        <source>Remove Source</source>
        <translation>출처 삭제</translation>
    </message>
    <message numerus="yes">
        <source>%n catalog entr(y/ies) cite(s) %1:</source>
        <translation>
            <numerusform>카탈로그 항목 %n개가 %1을(를) 인용합니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>Their source texts stay as written and will cite a source the plan does not have.</source>
        <translation>해당 출처 문구는 적힌 그대로 남으며, 계획에 없는 출처를 인용하게 됩니다.</translation>
    </message>
    <message>
        <source>&amp;Remove Anyway</source>
        <translation>그래도 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Not changed: %1 (%2)</source>
        <translation>변경되지 않음: %1 (%2)</translation>
    </message>
    <message>
        <source>No catalog entry cites %1.</source>
        <translation>%1을(를) 인용하는 카탈로그 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Cited by: %1</source>
        <translation>인용 항목: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>The plan&apos;s bibliography, numbered in the briefing report. A catalog item cites sources by id at the start of its source text, e.g. &quot;S1;S2 - 2016 exports&quot;. An id is one or more of A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, and unique.</source>
        <translation>계획의 참고 문헌으로, 브리핑 보고서에 번호가 매겨져 실립니다. 카탈로그 항목은 출처 문구 맨 앞에 ID로 출처를 인용합니다(예: &quot;S1;S2 - 2016 exports&quot;). ID는 A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; 중 한 자 이상이며 고유해야 합니다.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add a source (Insert)</source>
        <translation>출처 추가(Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the current source (Delete)</source>
        <translation>현재 출처 삭제(Delete)</translation>
    </message>
    <message>
        <source>Catalog entries citing the source</source>
        <translation>출처를 인용하는 카탈로그 항목</translation>
    </message>
    <message>
        <source>Source input error</source>
        <translation>출처 입력 오류</translation>
    </message>
</context>
<context>
    <name>tranche::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Phases as bands with the counterpart&apos;s actions above and the relief below. Drop catalog items on a relief lane and actions on an action lane.</source>
        <translation>단계는 띠로 표시되며, 위에는 상대국 조치, 아래에는 제재 완화가 놓입니다. 카탈로그 항목은 제재 완화 레인에, 조치는 조치 레인에 놓으십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) selected; first: %1, months %2 to %3</source>
        <translation>
            <numerusform>배치 %n건 선택됨. 첫 번째: %1, %2~%3개월 차</numerusform>
        </translation>
    </message>
    <message>
        <source>open end</source>
        <translation>종료 시점 없음</translation>
    </message>
    <message>
        <source>Phase %1 selected, months %2 to %3</source>
        <translation>단계 %1 선택됨, %2~%3개월 차</translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s), nothing selected</source>
        <translation>
            <numerusform>단계 %n개, 선택 없음</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to &amp;Previous Phase</source>
        <translation>이전 단계로 이동(&amp;P)</translation>
    </message>
    <message>
        <source>Move to &amp;Next Phase</source>
        <translation>다음 단계로 이동(&amp;N)</translation>
    </message>
    <message>
        <source>Shift a Month &amp;Earlier</source>
        <translation>한 달 앞당기기(&amp;E)</translation>
    </message>
    <message>
        <source>Shift a Month &amp;Later</source>
        <translation>한 달 늦추기(&amp;L)</translation>
    </message>
    <message>
        <source>L&amp;engthen by a Month</source>
        <translation>한 달 연장(&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;horten by a Month</source>
        <translation>한 달 단축(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Rename Phase</source>
        <translation>단계 이름 변경(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Phase</source>
        <translation>단계 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>Select a relief placement to move.</source>
        <translation>이동할 제재 완화 배치를 선택하십시오.</translation>
    </message>
    <message>
        <source>There is no phase before this one.</source>
        <translation>이 단계 앞에는 단계가 없습니다.</translation>
    </message>
    <message>
        <source>There is no phase after this one.</source>
        <translation>이 단계 뒤에는 단계가 없습니다.</translation>
    </message>
    <message>
        <source>Select a phase to rename.</source>
        <translation>이름을 바꿀 단계를 선택하십시오.</translation>
    </message>
    <message>
        <source>Phase name</source>
        <translation>단계 이름</translation>
    </message>
    <message>
        <source>month %1 (%2)</source>
        <translation>%1개월 차(%2)</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>%1개월 차</translation>
    </message>
    <message>
        <source>Selection rectangle</source>
        <translation>선택 영역</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>시작 %1</translation>
    </message>
    <message>
        <source>Ends before %1</source>
        <translation>%1 전 종료</translation>
    </message>
    <message>
        <source>Months %1–%2</source>
        <translation>%1–%2개월</translation>
    </message>
    <message>
        <source>Verified %1</source>
        <translation>검증 %1</translation>
    </message>
    <message>
        <source>Relief can only be moved within the plan it belongs to.</source>
        <translation>제재 완화는 해당 계획 안에서만 옮길 수 있습니다.</translation>
    </message>
    <message>
        <source>Drop relief on a phase.</source>
        <translation>제재 완화는 단계 위에 놓으십시오.</translation>
    </message>
    <message>
        <source>The dragged relief no longer exists.</source>
        <translation>끌어온 제재 완화가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Drop sanctions items on a phase&apos;s relief lane.</source>
        <translation>제재 항목은 단계의 제재 완화 레인에 놓으십시오.</translation>
    </message>
    <message>
        <source>Sanctions items go on the relief lane, below the actions.</source>
        <translation>제재 항목은 조치 아래의 제재 완화 레인에 놓습니다.</translation>
    </message>
    <message>
        <source>Drop counterpart actions on a phase&apos;s action lane.</source>
        <translation>상대국 조치는 단계의 조치 레인에 놓으십시오.</translation>
    </message>
    <message>
        <source>Counterpart actions go on the action lane, above the relief.</source>
        <translation>상대국 조치는 제재 완화 위의 조치 레인에 놓습니다.</translation>
    </message>
    <message>
        <source>The timeline does not take this kind of data.</source>
        <translation>타임라인에 놓을 수 없는 데이터입니다.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1부터 %2까지</translation>
    </message>
    <message>
        <source>Extent %1, %2/yr</source>
        <translation>완화 범위 %1, 연 %2</translation>
    </message>
    <message>
        <source>Escrowed %1; snapback %2</source>
        <translation>에스크로 %1, 스냅백 %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>있음</translation>
    </message>
    <message>
        <source>off</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>가중치 %1</translation>
    </message>
    <message>
        <source>Drag to change the phase&apos;s months</source>
        <translation>끌어서 단계 기간을 변경합니다</translation>
    </message>
</context>
<context>
    <name>tranche::WaiverDialog</name>
    <message>
        <source>Waive Finding</source>
        <translation>검토 결과 예외 승인</translation>
    </message>
    <message>
        <source>no phase</source>
        <translation>단계 없음</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, 항목 %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1(%2): %3</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>사유(&amp;J):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>작성자(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>일자(&amp;D):</translation>
    </message>
    <message>
        <source>Why this finding is accepted (required)</source>
        <translation>이 검토 결과를 수용하는 이유(필수)</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <source>Who accepts this finding (required)</source>
        <translation>이 검토 결과를 수용하는 사람(필수)</translation>
    </message>
</context>
</TS>
