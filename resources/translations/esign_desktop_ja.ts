<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AccountFormPage</name>
    <message>
        <source>Account name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>サービスのアドレス</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>カスタムアドレス</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>認証方式</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>パーソナルアクセストークン</translation>
    </message>
    <message>
        <source>API key and secret</source>
        <translation>APIキーとシークレット</translation>
    </message>
    <message>
        <source>Problems with the account details</source>
        <translation>アカウント情報の問題</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>サービス(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Custom address:</source>
        <translation>カスタムアドレス(&amp;C):</translation>
    </message>
    <message>
        <source>Sign-&amp;in method:</source>
        <translation>認証方式(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>キー(&amp;K):</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>シークレット(&amp;E):</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>アカウントを保存</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>編集をキャンセル</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>「%1」を編集</translation>
    </message>
    <message>
        <source>Production (api.gmo-exapi.net)</source>
        <translation>本番環境 (api.gmo-exapi.net)</translation>
    </message>
    <message>
        <source>Production (app.assently.com)</source>
        <translation>本番環境 (app.assently.com)</translation>
    </message>
    <message>
        <source>Test (test.assently.com)</source>
        <translation>テスト環境 (test.assently.com)</translation>
    </message>
    <message>
        <source>Custom address…</source>
        <translation>カスタムアドレス…</translation>
    </message>
    <message>
        <source>“%1” is your team&apos;s account: saving joins it with this computer&apos;s own copy of its secret, kept in this computer&apos;s keyring (never in the team database).</source>
        <translation>「%1」はチームのアカウントです。保存すると、このコンピューター専用のシークレットでこのアカウントに参加します。シークレットはこのコンピューターのキーリングに保存され、チームデータベースには保存されません。</translation>
    </message>
    <message>
        <source>Customer &amp;id:</source>
        <translation>顧客ID(&amp;I):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>APIキー(&amp;K):</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Unchanged (leave empty to keep the saved one)</source>
        <translation>変更なし（空欄のままにすると保存済みの値を使います）</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Ready</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>Needs credentials</source>
        <translation>認証情報が必要</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>アカウントに名前を付けてください。</translation>
    </message>
    <message>
        <source>There is already an account called “%1”: choose another name.</source>
        <translation>「%1」という名前のアカウントは既にあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Enter the customer id.</source>
        <translation>顧客IDを入力してください。</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>APIキーを入力してください。</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>シークレットキーを入力してください。</translation>
    </message>
    <message>
        <source>Enter the API secret.</source>
        <translation>APIシークレットを入力してください。</translation>
    </message>
    <message>
        <source>Enter the personal access token.</source>
        <translation>パーソナルアクセストークンを入力してください。</translation>
    </message>
    <message>
        <source>Enter the relay&apos;s public address, starting with https:// (the address IT set up for esign-relay).</source>
        <translation>リレーの公開アドレスを https:// から入力してください（IT 担当者が esign-relay 用に用意したアドレス）。</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address, starting with https://.</source>
        <translation>サービスのアドレスを https:// から入力してください。</translation>
    </message>
    <message>
        <source>The address must be a web address starting with https://.</source>
        <translation>アドレスは https:// で始まるWebアドレスにしてください。</translation>
    </message>
    <message>
        <source>Use an https:// address: plain http would send your credentials unencrypted (it is allowed only for this computer: localhost, 127.0.0.1).</source>
        <translation>https:// のアドレスを使ってください。http では認証情報が暗号化されずに送信されます（このコンピューター上のアドレス localhost、127.0.0.1 のみ許可されます）。</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>シークレットキー</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>APIシークレット</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>パーソナルアクセストークン</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Password storage</source>
        <translation>パスワードの保存先</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected account</source>
        <translation>選択したアカウントを編集</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>選択したアカウントを削除</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test the selected account&apos;s connection</source>
        <translation>選択したアカウントの接続をテスト</translation>
    </message>
    <message>
        <source>Chec&amp;k account…</source>
        <translation>アカウントを検査(&amp;K)…</translation>
    </message>
    <message>
        <source>Check the selected account with harmless calls and show what matched</source>
        <translation>選択したアカウントを無害な呼び出しで検査し、一致した項目を表示します</translation>
    </message>
    <message>
        <source>Makes only harmless calls (Assently: a draft that is deleted at once; GMO Sign: a lookup) and compares every answer with what this app relies on.</source>
        <translation>無害な呼び出しだけを行い（Assently: すぐに削除される下書き、GMO Sign: 照会のみ）、すべての応答をこのアプリが前提とする内容と比較します。</translation>
    </message>
    <message>
        <source>Connect re&amp;lay…</source>
        <translation>リレーに接続(&amp;L)…</translation>
    </message>
    <message>
        <source>Send the selected account&apos;s status callbacks to the office&apos;s relay</source>
        <translation>選択したアカウントの状態通知をオフィスのリレーに送ります</translation>
    </message>
    <message>
        <source>Registers the service&apos;s status callbacks to the office&apos;s esign-relay, so that every desktop learns of signatures and completions (GMO Sign can report them no other way).</source>
        <translation>サービスの状態通知（コールバック）をオフィスの esign-relay に登録し、すべてのデスクトップが署名と完了を知ることができるようにします（GMO Sign はこれ以外の方法で知らせません）。</translation>
    </message>
    <message>
        <source>Disconnect rela&amp;y</source>
        <translation>リレーから切断(&amp;Y)</translation>
    </message>
    <message>
        <source>Remove the selected account&apos;s callbacks from the relay</source>
        <translation>選択したアカウントのコールバックをリレーから削除します</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close accounts</source>
        <translation>アカウント画面を閉じる</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <source>Confirm removing the account</source>
        <translation>アカウントの削除を確定</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>削除しない</translation>
    </message>
    <message>
        <source>Cancel removing the account</source>
        <translation>アカウントの削除をキャンセル</translation>
    </message>
    <message>
        <source>Relay&apos;s p&amp;ublic address:</source>
        <translation>リレーの公開アドレス(&amp;U):</translation>
    </message>
    <message>
        <source>Relay&apos;s public address</source>
        <translation>リレーの公開アドレス</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connect the account to the relay</source>
        <translation>アカウントをリレーに接続</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Do not connect the relay</source>
        <translation>リレーに接続しない</translation>
    </message>
    <message>
        <source>E&amp;nter secret…</source>
        <translation>シークレットを入力(&amp;N)…</translation>
    </message>
    <message>
        <source>Enter the selected account&apos;s secret</source>
        <translation>選択したアカウントのシークレットを入力</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>リレー</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>アカウントの状態</translation>
    </message>
    <message>
        <source>Account check report</source>
        <translation>アカウント検査の結果</translation>
    </message>
    <message>
        <source>&amp;Back to accounts</source>
        <translation>アカウント一覧に戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the list of accounts</source>
        <translation>アカウントの一覧に戻る</translation>
    </message>
    <message>
        <source>Ready (not saved)</source>
        <translation>使用可能（保存されていません）</translation>
    </message>
    <message>
        <source>Edit the account and enter its secret again.</source>
        <translation>アカウントを編集し、シークレットを再入力してください。</translation>
    </message>
    <message>
        <source>No keyring is available: the secret is kept in memory only and you will be asked for it again next time.</source>
        <translation>キーリングを利用できません。シークレットはメモリーにのみ保持され、次回また入力を求められます。</translation>
    </message>
    <message>
        <source>“%1” needs its secret on this computer: until it is entered, its envelopes are not updated and nothing is sent from it.</source>
        <translation>「%1」には、このコンピューターでのシークレットが必要です。入力するまで、文書は更新されず、このアカウントからは何も送信されません。</translation>
    </message>
    <message>
        <source>Joined the team&apos;s account “%1”; its secret is kept in this computer&apos;s keyring.</source>
        <translation>チームのアカウント「%1」に参加しました。シークレットはこのコンピューターのキーリングに保存されています。</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>「%1」を追加しました。</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Remove “%1”? Its envelopes and unsent items are forgotten on this computer and its saved secret is deleted. Nothing is deleted at the service.</source>
        <translation>「%1」を削除しますか？このコンピューター上の文書と未送信の項目は消去され、保存されたシークレットも削除されます。サービス側では何も削除されません。</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>「%1」を削除しています…</translation>
    </message>
    <message>
        <source>Removing “%1”</source>
        <translation>「%1」の削除</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Relay: looking…</source>
        <translation>リレー: 確認中…</translation>
    </message>
    <message>
        <source>Relay: not connected. Status callbacks from the service do not reach the office.</source>
        <translation>リレー: 未接続。サービスからの状態通知はオフィスに届きません。</translation>
    </message>
    <message>
        <source>Relay: the service&apos;s status callbacks go to %1.</source>
        <translation>リレー: サービスの状態通知は %1 に送られます。</translation>
    </message>
    <message>
        <source>Connecting “%1” to the relay…</source>
        <translation>「%1」をリレーに接続しています…</translation>
    </message>
    <message>
        <source>Disconnecting “%1” from the relay…</source>
        <translation>「%1」をリレーから切断しています…</translation>
    </message>
    <message>
        <source>Connecting “%1” to the relay</source>
        <translation>「%1」のリレーへの接続</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: the service now sends %n status callback(s) to the relay at %2.</source>
        <translation>
            <numerusform>「%1」: サービスは %n 件の状態通知を %2 のリレーに送ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnecting “%1” from the relay</source>
        <translation>「%1」のリレーからの切断</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: disconnected from the relay (%n status callback(s) removed).</source>
        <translation>
            <numerusform>「%1」: リレーから切断しました（状態通知 %n 件を削除）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing “%1”…</source>
        <translation>「%1」をテストしています…</translation>
    </message>
    <message>
        <source>Testing “%1”</source>
        <translation>「%1」のテスト</translation>
    </message>
    <message>
        <source>Connected to “%1”.</source>
        <translation>「%1」に接続しました。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <source>Checking “%1” with harmless calls…</source>
        <translation>「%1」を無害な呼び出しで検査しています…</translation>
    </message>
    <message>
        <source>Checking “%1”</source>
        <translation>「%1」の検査</translation>
    </message>
    <message>
        <source>%1 matched, %2 differ, %3 failed, %4 skipped.</source>
        <translation>一致 %1、相違 %2、失敗 %3、省略 %4。</translation>
    </message>
    <message>
        <source>Check of “%1”: everything this app relies on matched.</source>
        <translation>「%1」の検査: このアプリが前提とする内容はすべて一致しました。</translation>
    </message>
    <message>
        <source>Check of “%1”: not everything matched. The details below say what differs; please send them with a problem report.</source>
        <translation>「%1」の検査: 一致しない項目があります。相違点は下の詳細に記載されています。不具合報告に添えて送ってください。</translation>
    </message>
    <message>
        <source>%1: something unexpected went wrong. The details are in the log.</source>
        <translation>%1: 予期しないエラーが発生しました。詳細はログに記録されています。</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>相違</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>省略</translation>
    </message>
    <message>
        <source>Get a case that cannot exist (the nil GUID)</source>
        <translation>存在しえないケースを取得（nil GUID）</translation>
    </message>
    <message>
        <source>Find one page of cases</source>
        <translation>ケースを1ページ分検索</translation>
    </message>
    <message>
        <source>Create a draft case with a one-page test PDF</source>
        <translation>1ページのテストPDFで下書きケースを作成</translation>
    </message>
    <message>
        <source>Read the draft back</source>
        <translation>下書きを読み戻す</translation>
    </message>
    <message>
        <source>Delete the draft and see that it is gone</source>
        <translation>下書きを削除し、消えたことを確認</translation>
    </message>
    <message>
        <source>Look up a document that cannot exist</source>
        <translation>存在しえないファイルを照会</translation>
    </message>
</context>
<context>
    <name>ActionResults</name>
    <message>
        <source>%1: reminded</source>
        <translation>%1: リマインドを送りました</translation>
    </message>
    <message>
        <source>%1: recalled</source>
        <translation>%1: 取り消しました</translation>
    </message>
    <message>
        <source>%1: deleted</source>
        <translation>%1: 削除しました</translation>
    </message>
    <message>
        <source>%1: approval requested</source>
        <translation>%1: 承認を依頼しました</translation>
    </message>
    <message>
        <source>%1: metadata saved</source>
        <translation>%1: メタデータを保存しました</translation>
    </message>
    <message>
        <source>%1: sent</source>
        <translation>%1: 送信しました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) saved</source>
        <translation>
            <numerusform>%1: %n 個のファイルを保存しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Affiliation</name>
    <message>
        <source>External partner</source>
        <translation>社外（取引先）</translation>
    </message>
    <message>
        <source>In-house</source>
        <translation>社内</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Status: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>“%1” was sent.</source>
        <translation>「%1」を送信しました。</translation>
    </message>
    <message>
        <source>“%1” was not sent: %2</source>
        <translation>「%1」を送信できませんでした: %2</translation>
    </message>
    <message>
        <source>Exporting the record</source>
        <translation>記録をエクスポートしています</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Deleting the record</source>
        <translation>記録を削除しています</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>the name of a duplicated envelope</comment>
        <translation>%1 のコピー</translation>
    </message>
    <message>
        <source>The draft could not be made: %1</source>
        <translation>下書きを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>“%1” was created from the template.</source>
        <translation>テンプレートから「%1」を作成しました。</translation>
    </message>
    <message>
        <source>Save signed documents to</source>
        <translation>署名済みファイルの保存先</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>「%1」をダウンロードしています…</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>ダウンロード完了</translation>
    </message>
    <message>
        <source>The documents were saved to %1.</source>
        <translation>ファイルを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>No file manager could open %1. The files are there; open the folder yourself.</source>
        <translation>%1 を開けるファイルマネージャーがありません。ファイルは保存されています。フォルダーをご自身で開いてください。</translation>
    </message>
    <message>
        <source>The draft cannot be opened: %1</source>
        <translation>下書きを開けません: %1</translation>
    </message>
    <message>
        <source>Only envelopes that have not been sent can be edited.</source>
        <translation>編集できるのは未送信の文書だけです。</translation>
    </message>
    <message>
        <source>Some drafts may be missing from the list: %1</source>
        <translation>一部の下書きが一覧に表示されていない可能性があります: %1</translation>
    </message>
    <message>
        <source>Save document as</source>
        <translation>ファイルに名前を付けて保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source> · %1/%2 calls</source>
        <translation> · %1/%2 回</translation>
    </message>
    <message>
        <source>synced now</source>
        <translation>今同期しました</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>%1 に同期</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <source>offline, retrying (%1)</source>
        <translation>オフライン、再試行中 (%1)</translation>
    </message>
    <message>
        <source>an unexpected problem; see the log</source>
        <translation>予期しない問題です。ログを確認してください</translation>
    </message>
    <message>
        <source>offline, retrying</source>
        <translation>オフライン、再試行中</translation>
    </message>
    <message>
        <source>needs credentials</source>
        <translation>認証情報が必要</translation>
    </message>
    <message>
        <source>awaiting completion callbacks</source>
        <translation>完了通知待ち</translation>
    </message>
</context>
<context>
    <name>AppDialogs</name>
    <message>
        <source>About eSign Desktop</source>
        <translation>eSign Desktop について</translation>
    </message>
    <message>
        <source>eSign Desktop %1</source>
        <translation>eSign Desktop %1</translation>
    </message>
    <message>
        <source>Prepares documents for signature with Assently E-Sign and GMO Sign and follows them until the signed PDFs come back.

Data folder: %1
Log files: %2

Qt %3, PySide6 %4, Python %5. Open source under the MIT licence.</source>
        <translation>Assently E-Sign と GMO Sign で署名用の文書を準備し、署名済み PDF が戻るまで状況を追跡します。

データフォルダー: %1
ログファイル: %2

Qt %3、PySide6 %4、Python %5。MIT ライセンスのオープンソースです。</translation>
    </message>
    <message>
        <source>Restart eSign Desktop?</source>
        <translation>eSign Desktop を再起動しますか?</translation>
    </message>
    <message>
        <source>The change is used from the next start. Restart eSign Desktop now?</source>
        <translation>この変更は次回の起動から有効になります。今すぐ eSign Desktop を再起動しますか?</translation>
    </message>
    <message>
        <source>Nothing is lost: drafts are saved, and a send still on its way finishes after the restart.</source>
        <translation>失われるものはありません。下書きは保存済みで、送信中の文書は再起動後に送信が完了します。</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>今すぐ再起動(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>You are using the built-in sandbox: a practice copy of Assently and GMO Sign on this computer, with demo envelopes. Nothing leaves your machine. Add a real account under Accounts when ready.</source>
        <translation>内蔵サンドボックスを使用しています。このコンピューター上で動く Assently と GMO Sign の練習用の環境で、デモ用の文書が入っています。データが外部に送信されることはありません。準備ができたら「アカウント」から本番のアカウントを追加してください。</translation>
    </message>
    <message>
        <source>Saving the settings</source>
        <translation>設定の保存</translation>
    </message>
    <message>
        <source>Updating envelope status</source>
        <translation>文書のステータス更新</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Running the command</source>
        <translation>コマンドの実行</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>起動</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>終了処理</translation>
    </message>
    <message>
        <source>Backing up your data</source>
        <translation>データのバックアップ</translation>
    </message>
    <message>
        <source>Loading the envelope list</source>
        <translation>文書一覧の読み込み</translation>
    </message>
    <message>
        <source>Finishing envelopes not yet sent</source>
        <translation>未送信の文書の送信完了処理</translation>
    </message>
    <message>
        <source>Turning on status callbacks</source>
        <translation>ステータス通知（コールバック）の有効化</translation>
    </message>
    <message>
        <source>Checking signatures</source>
        <translation>署名の検証</translation>
    </message>
    <message>
        <source>Fetching the document</source>
        <translation>文書の取得</translation>
    </message>
    <message>
        <source>Opening the envelope file</source>
        <translation>文書ファイルを開く処理</translation>
    </message>
    <message>
        <source>Saving the draft</source>
        <translation>下書きの保存</translation>
    </message>
    <message>
        <source>Testing the team database</source>
        <translation>チームデータベースの接続テスト</translation>
    </message>
    <message>
        <source>Sending the calibration envelope</source>
        <translation>較正用文書の送信</translation>
    </message>
    <message>
        <source>Reading the calibration result</source>
        <translation>較正結果の読み取り</translation>
    </message>
    <message>
        <source>Removing the account</source>
        <translation>アカウントの削除</translation>
    </message>
    <message>
        <source>Testing the account</source>
        <translation>アカウントの接続テスト</translation>
    </message>
    <message>
        <source>Checking the account</source>
        <translation>アカウントの検査</translation>
    </message>
    <message>
        <source>Looking up the account&apos;s relay</source>
        <translation>アカウントのリレーの確認</translation>
    </message>
    <message>
        <source>Connecting the account to the relay</source>
        <translation>アカウントのリレーへの接続</translation>
    </message>
    <message>
        <source>Disconnecting the account from the relay</source>
        <translation>アカウントのリレーからの切断</translation>
    </message>
    <message>
        <source>Loading the templates</source>
        <translation>テンプレートの読み込み</translation>
    </message>
    <message>
        <source>Sending from a template</source>
        <translation>テンプレートからの送信</translation>
    </message>
    <message>
        <source>Showing a notification</source>
        <translation>通知の表示</translation>
    </message>
    <message>
        <source>eSign Desktop is starting on %1 in another window, which does not answer yet.</source>
        <translation>eSign Desktop は %1 で別のウィンドウとして起動中ですが、まだ応答がありません。</translation>
    </message>
    <message>
        <source>eSign Desktop is already open on %1; showing that window.</source>
        <translation>eSign Desktop は %1 ですでに開いています。そのウィンドウを表示します。</translation>
    </message>
    <message>
        <source>eSign Desktop cannot start</source>
        <translation>eSign Desktop を起動できません</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>These saved records could not be read back, so they were set aside; everything else works as usual. Export one to keep or report it, or delete it.</source>
        <translation>これらの保存済みの記録は読み込めなかったため、別に保管しました。ほかはすべて通常どおり動作します。保管や報告のためにエクスポートするか、削除してください。</translation>
    </message>
    <message>
        <source>Records that need attention</source>
        <translation>確認が必要な記録</translation>
    </message>
    <message>
        <source>What</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>検出日時</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Export the record</source>
        <translation>記録のエクスポート</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>記録の削除</translation>
    </message>
    <message>
        <source>Delete this record for good?</source>
        <translation>この記録を完全に削除しますか？</translation>
    </message>
    <message>
        <source>Export it first if you may want to repair or report it.</source>
        <translation>修復や報告をする可能性がある場合は、先にエクスポートしてください。</translation>
    </message>
    <message>
        <source>Cached envelope</source>
        <translation>キャッシュ済みのエンベロープ</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Send in the outbox</source>
        <translation>送信トレイの送信</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>お知らせを閉じる</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>The stamps landed where the fields were placed: the coordinate convention holds.</source>
        <translation>押印は配置した位置に入りました。座標の規約は正しいです。</translation>
    </message>
    <message>
        <source>The service measures positions differently. This account now remembers how, and every later envelope is placed accordingly.</source>
        <translation>サービスは位置を別の方法で測っています。このアカウントはその方法を記憶し、以後のすべての文書はそれに従って配置されます。</translation>
    </message>
    <message>
        <source>The stamps landed somewhere no known convention explains. Nothing was changed; please send the details below with a problem report.</source>
        <translation>押印は既知のどの規約でも説明できない位置に入りました。何も変更していません。下の詳細を不具合報告に添えて送ってください。</translation>
    </message>
    <message>
        <source>No signature found yet. Sign the calibration envelope first, then check again.</source>
        <translation>まだ署名が見つかりません。先に校正用の文書に署名してから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>Placement calibration</source>
        <translation>配置の校正</translation>
    </message>
    <message>
        <source>Checks that signatures land where you place them. Step 1 sends a two-page envelope (a rotated page and a cropped page) to your own address. Step 2, after you have signed it: the app downloads it, measures where the stamps landed and, if the service measures positions differently, remembers that for this account.</source>
        <translation>署名が配置した位置に入ることを確認します。手順1: 2ページの文書（回転したページとトリミングしたページ）をご自身のアドレスに送ります。手順2: 署名したあと、アプリがそれをダウンロードして押印の位置を測り、サービスが位置を別の方法で測っている場合はこのアカウントにそれを記憶します。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>ご自身のメールアドレス</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>アカウント(&amp;A):</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>ご自身のメール(&amp;E):</translation>
    </message>
    <message>
        <source>1. &amp;Send calibration envelope</source>
        <translation>1. 校正用の文書を送信(&amp;S)</translation>
    </message>
    <message>
        <source>2. &amp;Check signed envelope</source>
        <translation>2. 署名済みの文書を確認(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>測定結果</translation>
    </message>
    <message>
        <source>A calibration envelope was sent to %1. Sign it, then choose “Check signed envelope”.</source>
        <translation>校正用の文書を %1 に送りました。署名してから「署名済みの文書を確認」を選んでください。</translation>
    </message>
    <message>
        <source>Sending the calibration envelope…</source>
        <translation>校正用の文書を送信しています…</translation>
    </message>
    <message>
        <source>Downloading and measuring the signed envelope…</source>
        <translation>署名済みの文書をダウンロードして測定しています…</translation>
    </message>
    <message>
        <source>Sending the calibration envelope</source>
        <translation>校正用の文書の送信</translation>
    </message>
    <message>
        <source>Sent to %1. Sign it, then choose “Check signed envelope”.</source>
        <translation>%1 に送りました。署名してから「署名済みの文書を確認」を選んでください。</translation>
    </message>
    <message>
        <source>Checking the calibration</source>
        <translation>校正の確認</translation>
    </message>
    <message>
        <source>%1: something unexpected went wrong. The details are in the log.</source>
        <translation>%1: 予期しない問題が発生しました。詳細はログにあります。</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Document</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Pages to duplicate the selected fields to</source>
        <translation>選択したフィールドを複製するページ</translation>
    </message>
    <message>
        <source>Pages, e.g. 2-5 or all</source>
        <translation>ページ（例: 2-5 または all）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>ページに合わせる</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>整列(&amp;A)</translation>
    </message>
    <message>
        <source>Align left edges</source>
        <translation>左端を揃える</translation>
    </message>
    <message>
        <source>Align right edges</source>
        <translation>右端を揃える</translation>
    </message>
    <message>
        <source>Align top edges</source>
        <translation>上端を揃える</translation>
    </message>
    <message>
        <source>Align bottom edges</source>
        <translation>下端を揃える</translation>
    </message>
    <message>
        <source>Align centres, horizontally</source>
        <translation>左右中央を揃える</translation>
    </message>
    <message>
        <source>Align centres, vertically</source>
        <translation>上下中央を揃える</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>左右に等間隔で配置</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>上下に等間隔で配置</translation>
    </message>
    <message>
        <source>Same width</source>
        <translation>幅を揃える</translation>
    </message>
    <message>
        <source>Same height</source>
        <translation>高さを揃える</translation>
    </message>
    <message>
        <source>Same size</source>
        <translation>サイズを揃える</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>整列</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Duplicate to pages</source>
        <translation>ページに複製</translation>
    </message>
    <message>
        <source>Duplicate to all pages</source>
        <translation>全ページに複製</translation>
    </message>
    <message>
        <source>Copy fields</source>
        <translation>フィールドをコピー</translation>
    </message>
    <message>
        <source>Paste fields</source>
        <translation>フィールドを貼り付け</translation>
    </message>
    <message>
        <source>Select all fields</source>
        <translation>すべてのフィールドを選択</translation>
    </message>
    <message>
        <source>Duplicate to pages…</source>
        <translation>ページを選んで複製…</translation>
    </message>
    <message>
        <source>Import fields from PDF…</source>
        <translation>PDFからフィールドを取り込む…</translation>
    </message>
    <message>
        <source>Type the pages (e.g. 2-5 or all), then press Enter.</source>
        <translation>ページを入力して（例: 2-5 または all）Enterを押してください。</translation>
    </message>
    <message numerus="yes">
        <source>Type pages between 1 and %n, such as 2-5 or 1, 3.</source>
        <translation>
            <numerusform>1～%n のページを 2-5 や 1, 3 のように入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for form fields and tags…</source>
        <translation>フォームフィールドとタグを探しています…</translation>
    </message>
    <message>
        <source>%1 cannot be shown: the file is missing or not a readable PDF.</source>
        <translation>%1 を表示できません。ファイルが見つからないか、読み取れるPDFではありません。</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>Envelope files (*.json)</source>
        <translation>文書ファイル (*.json)</translation>
    </message>
    <message>
        <source>Account to send with</source>
        <translation>送信に使うアカウント</translation>
    </message>
    <message>
        <source>Envelope name</source>
        <translation>文書名</translation>
    </message>
    <message>
        <source>e.g. Lease agreement, Storgatan 5</source>
        <translation>例: 賃貸借契約書（本町1丁目）</translation>
    </message>
    <message>
        <source>Days until the envelope expires</source>
        <translation>文書の有効期限までの日数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Message to the parties</source>
        <translation>宛先へのメッセージ</translation>
    </message>
    <message>
        <source>A short note the parties see with the invitation</source>
        <translation>依頼メールに添えて宛先に表示される短いメッセージ</translation>
    </message>
    <message>
        <source>Preview the envelope as a party</source>
        <translation>宛先の立場で文書をプレビュー</translation>
    </message>
    <message>
        <source>Show what still stops the envelope from being sent</source>
        <translation>送信の前に直すことを表示</translation>
    </message>
    <message>
        <source>E&amp;xpires after</source>
        <translation>有効期限(&amp;X)</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>JSONとして保存(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Open JSON…</source>
        <translation>JSONを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Add PDF…</source>
        <translation>PDFを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Save &amp;layout…</source>
        <translation>レイアウトを保存(&amp;L)…</translation>
    </message>
    <message>
        <source>A&amp;pply layout…</source>
        <translation>レイアウトを適用(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import fields from the PDF…</source>
        <translation>PDFからフィールドを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Documents and pages</source>
        <translation>ファイルとページ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Problems before sending</source>
        <translation>送信前の問題(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>F&amp;ields</source>
        <translation>フィールド(&amp;I)</translation>
    </message>
    <message>
        <source>“%1” was not sent: %2 It is kept in Drafts.</source>
        <translation>「%1」は送信されませんでした: %2 下書きに残してあります。</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>下書きを保存しています…</translation>
    </message>
    <message>
        <source>Save the envelope as JSON</source>
        <translation>文書をJSONとして保存</translation>
    </message>
    <message>
        <source>Open an envelope file</source>
        <translation>文書ファイルを開く</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>%1 を書き込めませんでした: %2。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>%1 として保存しました</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Layout “%1” saved (%2 fields).</source>
        <translation>レイアウト「%1」を保存しました（フィールド %2 個）。</translation>
    </message>
    <message>
        <source>Apply layout “%1”</source>
        <translation>レイアウト「%1」を適用</translation>
    </message>
    <message>
        <source>Layout “%1”: %2 fields placed</source>
        <translation>レイアウト「%1」: フィールドを %2 個配置しました</translation>
    </message>
    <message>
        <source>; %1 did not fit (their pages do not exist here)</source>
        <translation>。%1 個は配置できませんでした（該当するページがありません）</translation>
    </message>
    <message>
        <source>Choose the account to send with (add one under Accounts in the main window).</source>
        <translation>送信に使うアカウントを選んでください（メインウィンドウの「アカウント」から追加できます）。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Acco&amp;unt</source>
        <translation>アカウント(&amp;U)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Preview as</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Open envelope file</source>
        <translation>文書ファイルを開く</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Not sent: see why</source>
        <translation>未送信: 理由を表示</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>件の問題</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>件の問題</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>送信できます</translation>
    </message>
    <message>
        <source>No account yet: add one under Accounts</source>
        <translation>アカウントがありません。「アカウント」から追加してください</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>下書きを保存しました</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1 Your changes are kept; saving is retried.</source>
        <translation>下書きを保存できませんでした: %1 変更内容は保持され、保存を再試行します。</translation>
    </message>
    <message>
        <source>New envelope</source>
        <translation>新しい文書</translation>
    </message>
    <message>
        <source> (sent)</source>
        <translation>（送信済み）</translation>
    </message>
    <message>
        <source>%1%2 – compose</source>
        <translation>%1%2 – 作成</translation>
    </message>
    <message>
        <source>Nobody (editing)</source>
        <translation>なし（編集中）</translation>
    </message>
    <message>
        <source>Rename the envelope</source>
        <translation>文書名の変更</translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>メッセージの編集</translation>
    </message>
    <message>
        <source>Change the expiry</source>
        <translation>有効期限の変更</translation>
    </message>
    <message>
        <source>Change the account</source>
        <translation>アカウントの変更</translation>
    </message>
    <message>
        <source>Now preparing for %1: fields, parties and sign types follow its rules.</source>
        <translation>%1 向けに作成しています。フィールド、宛先、署名方式はこのサービスのルールに従います。</translation>
    </message>
    <message>
        <source>the draft could not be saved first; check the disk and try again.</source>
        <translation>先に下書きを保存できませんでした。ディスクを確認してやり直してください。</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>%1 に送信しています…</translation>
    </message>
    <message>
        <source>something unexpected went wrong; the details are in the log.</source>
        <translation>予期しないエラーが発生しました。詳細はログに記録されています。</translation>
    </message>
    <message>
        <source>the service did not accept it.</source>
        <translation>サービスに受け付けられませんでした。</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>“%1” was sent.</source>
        <translation>「%1」を送信しました。</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>eSign Desktop cannot open its database: the file is damaged.</source>
        <translation>eSign Desktop はデータベースを開けません。ファイルが破損しています。</translation>
    </message>
    <message>
        <source>Choose how to go on. The damaged file is kept either way, next to the new one, in %1.</source>
        <translation>続行方法を選んでください。どちらを選んでも、破損したファイルは新しいファイルの隣（%1）に残ります。</translation>
    </message>
    <message>
        <source>There is no usable backup.</source>
        <translation>使用できるバックアップがありません。</translation>
    </message>
    <message>
        <source>Open the backup of %1</source>
        <translation>%1 のバックアップを開く</translation>
    </message>
    <message>
        <source>Start a new database</source>
        <translation>新しいデータベースで始める</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Order</source>
        <translation>順番</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Acted</source>
        <translation>対応日時</translation>
    </message>
    <message>
        <source>Signing link</source>
        <translation>署名用リンク</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Envelope details</source>
        <translation>文書の詳細</translation>
    </message>
    <message>
        <source>Envelope name</source>
        <translation>文書名</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>サービス側のステータス</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Signing progress</source>
        <translation>署名の進み具合</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Provider status:</source>
        <translation>サービス側のステータス:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>サービス:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>進み具合:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日付:</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Save document as</source>
        <translation>ファイルに名前を付けて保存</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>行を追加(&amp;R)</translation>
    </message>
    <message>
        <source>Add metadata row</source>
        <translation>メタデータの行を追加</translation>
    </message>
    <message>
        <source>Save &amp;metadata</source>
        <translation>メタデータを保存(&amp;M)</translation>
    </message>
    <message>
        <source>Save metadata</source>
        <translation>メタデータを保存</translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>CSV に書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the events to a CSV file</source>
        <translation>履歴を CSV ファイルに書き出す</translation>
    </message>
    <message>
        <source>Envelope detail sections</source>
        <translation>文書の詳細の項目</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>宛先(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>ファイル(&amp;D)</translation>
    </message>
    <message>
        <source>Me&amp;tadata</source>
        <translation>メタデータ(&amp;T)</translation>
    </message>
    <message>
        <source>Digital signatures of the downloaded documents</source>
        <translation>ダウンロードしたファイルの電子署名</translation>
    </message>
    <message>
        <source>Si&amp;gnatures</source>
        <translation>署名(&amp;G)</translation>
    </message>
    <message>
        <source>Select an envelope to see its parties, documents and history.</source>
        <translation>文書を選ぶと、宛先、ファイル、履歴が表示されます。</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（無題）</translation>
    </message>
    <message>
        <source>sent %1 by %2</source>
        <translation>%1 に %2 が送信</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>Download the signed documents to check their signatures here.</source>
        <translation>署名済みファイルをダウンロードすると、ここで署名を検証できます。</translation>
    </message>
    <message>
        <source>Eve&amp;nts</source>
        <translation>履歴(&amp;N)</translation>
    </message>
    <message>
        <source>The downloaded documents carry no digital signature.</source>
        <translation>ダウンロードしたファイルには電子署名がありません。</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>作成 %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>送信 %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>有効期限 %1</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Copy signing link of %1</source>
        <translation>%1 の署名用リンクをコピー</translation>
    </message>
    <message>
        <source>No signing link yet</source>
        <translation>署名用リンクはまだありません</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not let metadata be changed here.</source>
        <translation>%1 ではここでメタデータを変更できません。</translation>
    </message>
    <message>
        <source>asking the service…</source>
        <translation>サービスに確認中…</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>履歴の書き出し</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The events could not be saved to %1: %2</source>
        <translation>履歴を %1 に保存できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) saved to %1</source>
        <translation>
            <numerusform>%n 件の履歴を %1 に保存しました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 の列</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>PDF documents (*.pdf *.PDF)</source>
        <translation>PDFファイル (*.pdf *.PDF)</translation>
    </message>
    <message>
        <source>%1: could not be read (%2). Check the file and add it again.</source>
        <translation>%1: 読み取れませんでした (%2)。ファイルを確認して、もう一度追加してください。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>Documents, in sending order</source>
        <translation>ファイル（送信順）</translation>
    </message>
    <message>
        <source>Add &amp;PDF…</source>
        <translation>PDFを追加(&amp;P)…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>差し替え…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Messages about the documents</source>
        <translation>ファイルに関するメッセージ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Add PDF documents</source>
        <translation>PDFファイルを追加</translation>
    </message>
    <message>
        <source>Replace the document</source>
        <translation>ファイルを差し替え</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>ファイルの削除</translation>
    </message>
    <message>
        <source>Remove “%1” and its %2?</source>
        <translation>「%1」とその%2を削除しますか？</translation>
    </message>
    <message>
        <source>field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Move document</source>
        <translation>ファイルの移動</translation>
    </message>
    <message>
        <source>%1 is already in the envelope.</source>
        <translation>%1 は既に文書に含まれています。</translation>
    </message>
    <message>
        <source>%1 takes at most %2 documents per envelope; remove some.</source>
        <translation>%1 では1つの文書に含められるファイルは %2 個までです。いくつか削除してください。</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>ファイルの追加</translation>
    </message>
    <message>
        <source>“%1” has %2; these fields of “%3” would not fit and be removed:
%4</source>
        <translation>「%1」は %2 です。「%3」の次のフィールドは収まらないため削除されます:
%4</translation>
    </message>
    <message>
        <source>page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Replace anyway</source>
        <translation>差し替える</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>削除しました: %1</translation>
    </message>
    <message>
        <source>Check this field, its page changed shape: %1</source>
        <translation>ページの形が変わったため、このフィールドを確認してください: %1</translation>
    </message>
    <message>
        <source>Replace document</source>
        <translation>ファイルの差し替え</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Already digitally signed: adding fields would break the signature.</source>
        <translation>既に電子署名されています。フィールドを追加すると署名が無効になります。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1を確認しています…</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>files</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop PDF documents here</source>
        <translation>ここにPDFファイルをドロップ</translation>
    </message>
    <message>
        <source>The envelope is named after the first document; you can change the name at any time.</source>
        <translation>文書名は最初のファイル名になります。いつでも変更できます。</translation>
    </message>
    <message>
        <source>&amp;Choose PDF files…</source>
        <translation>PDFファイルを選択(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>EnvelopeActions</name>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Send the envelope to its parties</source>
        <translation>文書を宛先に送信します</translation>
    </message>
    <message>
        <source>Request &amp;approval</source>
        <translation>承認を依頼(&amp;A)</translation>
    </message>
    <message>
        <source>Ask the approvers to approve and send</source>
        <translation>承認者に承認と送信を依頼します</translation>
    </message>
    <message>
        <source>&amp;Remind</source>
        <translation>リマインド(&amp;R)</translation>
    </message>
    <message>
        <source>Remind the parties who have not signed yet</source>
        <translation>まだ署名していない宛先にリマインドします</translation>
    </message>
    <message>
        <source>Re&amp;call</source>
        <translation>送信取消(&amp;C)</translation>
    </message>
    <message>
        <source>Withdraw the envelope from its parties</source>
        <translation>宛先への送信を取り消します</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the envelope</source>
        <translation>文書を削除します</translation>
    </message>
    <message>
        <source>Edit &amp;metadata</source>
        <translation>メタデータを編集(&amp;M)</translation>
    </message>
    <message>
        <source>Edit the envelope&apos;s metadata</source>
        <translation>文書のメタデータを編集します</translation>
    </message>
    <message>
        <source>Do&amp;wnload signed documents…</source>
        <translation>署名済みファイルをダウンロード(&amp;W)…</translation>
    </message>
    <message>
        <source>Save the signed documents and receipt</source>
        <translation>署名済みファイルと証明書を保存します</translation>
    </message>
    <message>
        <source>D&amp;uplicate as draft</source>
        <translation>下書きとして複製(&amp;U)</translation>
    </message>
    <message>
        <source>Start a new draft from this envelope</source>
        <translation>この文書から新しい下書きを作成します</translation>
    </message>
    <message>
        <source>New from &amp;template…</source>
        <translation>テンプレートから作成(&amp;T)…</translation>
    </message>
    <message>
        <source>Create an envelope from a template</source>
        <translation>テンプレートから文書を作成します</translation>
    </message>
    <message>
        <source>E&amp;xport list to CSV…</source>
        <translation>一覧をCSVに書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the visible rows as a CSV file</source>
        <translation>表示中の行をCSVファイルに保存します</translation>
    </message>
</context>
<context>
    <name>EnvelopeColumn</name>
    <message>
        <source>Name</source>
        <translation>文書名</translation>
    </message>
    <message>
        <source>Provider / account</source>
        <translation>サービス / アカウント</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>No signers</source>
        <translation>署名者なし</translation>
    </message>
    <message>
        <source>%1 of %2 signed</source>
        <translation>%2 人中 %1 人が署名済み</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（無題）</translation>
    </message>
</context>
<context>
    <name>EnvelopeCsv</name>
    <message>
        <source>Provider status</source>
        <translation>サービス側のステータス</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>サービス側ID</translation>
    </message>
</context>
<context>
    <name>EnvelopeListView</name>
    <message>
        <source>Envelope list</source>
        <translation>文書一覧</translation>
    </message>
    <message>
        <source>Envelopes across every account; use the arrow keys to move</source>
        <translation>すべてのアカウントの文書。矢印キーで移動します</translation>
    </message>
    <message>
        <source>Envelope list columns</source>
        <translation>文書一覧の列</translation>
    </message>
    <message>
        <source>Envelope actions</source>
        <translation>文書の操作</translation>
    </message>
</context>
<context>
    <name>EnvelopeStatus</name>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Signed, finalising</source>
        <translation>署名済み・締結処理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>締結完了</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>取消済み</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>EnvelopeTableModel</name>
    <message>
        <source>none reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>%1 status: %2</source>
        <translation>%1 のステータス: %2</translation>
    </message>
</context>
<context>
    <name>EnvelopeView</name>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Waiting for others</source>
        <translation>相手の対応待ち</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>締結完了</translation>
    </message>
    <message>
        <source>Declined, expired or recalled</source>
        <translation>却下・期限切れ・取消</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>%1 refused the account&apos;s credentials (HTTP %2). Check the access token or the API key and secret in the account settings.</source>
        <translation>%1 がアカウントの認証情報を拒否しました（HTTP %2）。アカウント設定のアクセストークン、または API キーとシークレットを確認してください。</translation>
    </message>
    <message>
        <source>%1 refused the account&apos;s credentials (HTTP %2): %3 Check the access token or the API key and secret in the account settings.</source>
        <translation>%1 がアカウントの認証情報を拒否しました（HTTP %2）: %3 アカウント設定のアクセストークン、または API キーとシークレットを確認してください。</translation>
    </message>
    <message>
        <source>%1 is limiting the number of calls. Try again in %2 s.</source>
        <translation>%1 が呼び出し回数を制限しています。%2 秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 is limiting the number of calls. Try again shortly.</source>
        <translation>%1 が呼び出し回数を制限しています。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 is limiting the number of calls: %2 Try again in %3 s.</source>
        <translation>%1 が呼び出し回数を制限しています: %2 %3 秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 is limiting the number of calls: %2 Try again shortly.</source>
        <translation>%1 が呼び出し回数を制限しています: %2 しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 could not handle the request (HTTP %2). Try again later.</source>
        <translation>%1 は要求を処理できませんでした（HTTP %2）。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 could not handle the request (HTTP %2): %3 Try again later.</source>
        <translation>%1 は要求を処理できませんでした（HTTP %2）: %3 後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 redirected the request elsewhere (HTTP %2). Check the account&apos;s address; redirects are not followed so credentials stay with the service.</source>
        <translation>%1 が要求を別の場所へ転送しました（HTTP %2）。アカウントのアドレスを確認してください。認証情報をサービスの外に出さないため、転送先には接続しません。</translation>
    </message>
    <message>
        <source>%1 could not find it (HTTP 404).</source>
        <translation>%1 で見つかりませんでした（HTTP 404）。</translation>
    </message>
    <message>
        <source>%1 could not find it (HTTP 404): %2</source>
        <translation>%1 で見つかりませんでした（HTTP 404）: %2</translation>
    </message>
    <message>
        <source>%1 refused: it conflicts with the envelope&apos;s current state.</source>
        <translation>%1 が拒否しました: 文書の現在の状態と矛盾します。</translation>
    </message>
    <message>
        <source>%1 refused: it conflicts with the envelope&apos;s current state: %2</source>
        <translation>%1 が拒否しました: 文書の現在の状態と矛盾します: %2</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 が要求を拒否しました（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2): %3</source>
        <translation>%1 が要求を拒否しました（HTTP %2）: %3</translation>
    </message>
    <message>
        <source>%1 at %2 could not be reached in time. Check the network and try again.</source>
        <translation>%2 の %1 に時間内に接続できませんでした。ネットワークを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 at %2 did not answer in time. Check the network and try again.</source>
        <translation>%2 の %1 から時間内に応答がありませんでした。ネットワークを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not connect to %1 at %2. Check the network connection and the account&apos;s address.</source>
        <translation>%2 の %1 に接続できませんでした。ネットワーク接続とアカウントのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The connection to %1 at %2 was interrupted. Try again.</source>
        <translation>%2 の %1 との接続が途切れました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>“%1” needs the built-in sandbox, which is not running.</source>
        <translation>「%1」には内蔵サンドボックスが必要ですが、起動していません。</translation>
    </message>
    <message>
        <source>No saved credentials for “%1”: enter them again in Accounts.</source>
        <translation>「%1」の認証情報が保存されていません。「アカウント」で入力し直してください。</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not JSON (HTTP %2).</source>
        <translation>%1 から JSON ではない応答が返されました(HTTP %2)。</translation>
    </message>
    <message>
        <source>%1 sent an answer nested too deeply to read (HTTP %2).</source>
        <translation>%1 から入れ子が深すぎて読み取れない応答が返されました(HTTP %2)。</translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be unpacked (Content-Encoding &apos;%2&apos;). Try again later.</source>
        <translation>%1 から展開できない応答が返されました(Content-Encoding「%2」)。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MB, more than this kind of answer may be; it was not read. Try again later; if it keeps happening, check the account&apos;s address.</source>
        <translation>%1 から %2 MB を超える応答が返されました。この種類の応答としては大きすぎるため、読み込んでいません。しばらくしてからもう一度お試しください。繰り返し起こる場合は、アカウントのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The file for &apos;%1&apos; is larger than %2 MB, the most accepted for a document; nothing was saved.</source>
        <translation>「%1」のファイルは、文書として受け付けられる上限の %2 MB を超えているため、何も保存していません。</translation>
    </message>
    <message>
        <source>%1 does not support %2.</source>
        <translation>%1 は%2に対応していません。</translation>
    </message>
    <message>
        <source>The service sent an unexpected answer: %1 is not a JSON object.</source>
        <translation>サービスから予期しない応答が返されました: %1 が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The service sent an unexpected answer: %1 is not a JSON list.</source>
        <translation>サービスから予期しない応答が返されました: %1 が JSON リストではありません。</translation>
    </message>
    <message>
        <source>The service sent an unexpected answer: &apos;%1&apos; is not a JSON object.</source>
        <translation>サービスから予期しない応答が返されました: 「%1」が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The service sent an unexpected answer: &apos;%1&apos; is not a JSON list.</source>
        <translation>サービスから予期しない応答が返されました: 「%1」が JSON リストではありません。</translation>
    </message>
    <message>
        <source>The service sent an unexpected answer: &apos;%1&apos; is missing.</source>
        <translation>サービスから予期しない応答が返されました: 「%1」がありません。</translation>
    </message>
    <message>
        <source>%1 sent an event without saying which envelope it is about.</source>
        <translation>%1 から、どの文書についてかが示されていないイベントが届きました。</translation>
    </message>
    <message>
        <source>%1 at %2 did not finish in %3 s (every attempt included), so the app stopped waiting. Try again later.</source>
        <translation>%2 の %1 が %3 秒以内（すべての再試行を含む）に完了しなかったため、待機を中止しました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 sent a document that is not valid base64.</source>
        <translation>%1 から有効な base64 ではない文書が送られました。</translation>
    </message>
    <message>
        <source>%1 has no file for &apos;%2&apos; yet.</source>
        <translation>%1 には「%2」のファイルがまだありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no %2 document id yet.</source>
        <translation>「%1」には %2 の文書 ID がまだありません。</translation>
    </message>
    <message>
        <source>%1 has no receipt for this case yet: it is made when the case is finished.</source>
        <translation>%1 にはこの案件の証明書がまだありません。証明書は案件の完了時に作成されます。</translation>
    </message>
    <message>
        <source>This envelope has not been created at %1 yet, so it cannot be updated.</source>
        <translation>この文書はまだ %1 で作成されていないため、更新できません。</translation>
    </message>
    <message>
        <source>%1 has no event &apos;%2&apos;. Known events: %3.</source>
        <translation>%1 にイベント「%2」はありません。既知のイベント: %3。</translation>
    </message>
    <message>
        <source>%1 did not say this subscription&apos;s id when it was made, so it cannot be removed from here. Remove it in %1&apos;s own settings.</source>
        <translation>%1 は登録時にこの通知登録の ID を返さなかったため、ここからは削除できません。%1 自体の設定で削除してください。</translation>
    </message>
    <message>
        <source>The address %1 does not answer like %2. Check the account&apos;s address.</source>
        <translation>アドレス %1 は %2 のように応答しません。アカウントのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 が要求を拒否しました: %2</translation>
    </message>
    <message>
        <source>%1 refused the request (%2).</source>
        <translation>%1 が要求を拒否しました（%2）。</translation>
    </message>
    <message>
        <source>%1 did not confirm the signature request (%2). It may have been sent: check %1 for an envelope with the document code(s) %3 before sending it again. It will not be requested again automatically.</source>
        <translation>%1 が署名依頼を確認しませんでした（%2）。送信済みの可能性があります。再送信する前に、文書コード %3 の文書が %1 にないか確認してください。自動では再依頼しません。</translation>
    </message>
    <message>
        <source>%1 answered the signature request without an envelope id. It may have been sent: check %1 for an envelope with the document code(s) %2 before sending it again. It will not be requested again automatically.</source>
        <translation>%1 は署名依頼に文書 ID なしで応答しました。送信済みの可能性があります。再送信する前に、文書コード %2 の文書が %1 にないか確認してください。自動では再依頼しません。</translation>
    </message>
    <message>
        <source>Could not read &apos;%1&apos; (%2). Check that the file still exists.</source>
        <translation>「%1」を読み込めませんでした（%2）。ファイルがまだ存在するか確認してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; changed while it was being uploaded. Wait until it is saved, then send again.</source>
        <translation>アップロード中に「%1」が変更されました。保存が終わるのを待ってから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>The document &apos;%1&apos; has no local file to upload.</source>
        <translation>文書「%1」にはアップロードするローカルファイルがありません。</translation>
    </message>
    <message>
        <source>Could not add the fields to &apos;%1&apos;: %2</source>
        <translation>「%1」にフィールドを追加できませんでした: %2</translation>
    </message>
    <message>
        <source>The download from %1 was cut short (%2 of %3 bytes). Try again.</source>
        <translation>%1 からのダウンロードが途中で切れました（%3 バイト中 %2 バイト）。もう一度お試しください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address. Use an address starting with https://.</source>
        <translation>「%1」は Web アドレスではありません。https:// で始まるアドレスを使ってください。</translation>
    </message>
    <message>
        <source>The address %1 would send your credentials unencrypted. Use an https:// address; plain http is allowed only for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>アドレス %1 では認証情報が暗号化されずに送られます。https:// のアドレスを使ってください。暗号化なしの http はこのコンピューター（localhost、127.0.0.1、::1）にのみ使えます。</translation>
    </message>
    <message>
        <source>%1 has no recipient-only parties; make them signers or remove them: %2</source>
        <translation>%1 には受信のみの宛先がありません。署名者にするか削除してください: %2</translation>
    </message>
    <message>
        <source>%1 needs at least one signer.</source>
        <translation>%1 には署名者が 1 人以上必要です。</translation>
    </message>
    <message>
        <source>%1 needs an e-mail address or phone number for %2.</source>
        <translation>%1 には %2 のメールアドレスまたは電話番号が必要です。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 signature type (%3).</source>
        <translation>「%1」は %2 の署名方式ではありません（%3）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date %2 can print; use YYYY-MM-DD.</source>
        <translation>「%1」は %2 が印字できる日付ではありません。YYYY-MM-DD の形式にしてください。</translation>
    </message>
    <message>
        <source>A signature field must belong to a signer; assign it to a party.</source>
        <translation>署名フィールドは署名者に割り当てる必要があります。宛先に割り当ててください。</translation>
    </message>
    <message>
        <source>A field belongs to a party who does not sign; assign it to a signer.</source>
        <translation>署名しない宛先にフィールドが割り当てられています。署名者に割り当ててください。</translation>
    </message>
    <message>
        <source>%1 signs in person: %2 needs the email address of the attendant.</source>
        <translation>%1 は対面で署名します。%2 には立会人のメールアドレスが必要です。</translation>
    </message>
    <message>
        <source>%1 has only a phone number, but %2&apos;s template send can reach signers by email only. Add an email address, or send the envelope without the template.</source>
        <translation>%1 には電話番号しかありませんが、%2 のテンプレート送信ではメールでしか署名者に届きません。メールアドレスを追加するか、テンプレートを使わずに送信してください。</translation>
    </message>
    <message>
        <source>%1&apos;s template send cannot use the sign type chosen for %2 (signature in person). Choose e-signature or digital signature, or send the envelope without the template.</source>
        <translation>%1 のテンプレート送信では、%2 に選んだ署名方式（対面署名）を使えません。電子サインかデジタル署名を選ぶか、テンプレートを使わずに送信してください。</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>a party</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>an approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>the document registration</source>
        <translation>文書の登録</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>the event&apos;s case</source>
        <translation>イベントの案件</translation>
    </message>
    <message>
        <source>the signature request</source>
        <translation>署名依頼</translation>
    </message>
    <message>
        <source>the template send</source>
        <translation>テンプレート送信</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>refused the request</source>
        <translation>要求を拒否しました</translation>
    </message>
    <message>
        <source>did not return an envelope id</source>
        <translation>文書 ID が返されませんでした</translation>
    </message>
    <message>
        <source>did not return a connection id</source>
        <translation>接続 ID が返されませんでした</translation>
    </message>
    <message>
        <source>did not return a document code</source>
        <translation>文書コードが返されませんでした</translation>
    </message>
    <message>
        <source>listing envelopes</source>
        <translation>文書の一覧表示</translation>
    </message>
    <message>
        <source>reading an envelope&apos;s status</source>
        <translation>文書の状態の取得</translation>
    </message>
    <message>
        <source>creating envelopes</source>
        <translation>文書の作成</translation>
    </message>
    <message>
        <source>sending from a template</source>
        <translation>テンプレートからの送信</translation>
    </message>
    <message>
        <source>listing templates</source>
        <translation>テンプレートの一覧表示</translation>
    </message>
    <message>
        <source>changing an envelope</source>
        <translation>文書の変更</translation>
    </message>
    <message>
        <source>changing an envelope&apos;s details</source>
        <translation>文書の詳細の変更</translation>
    </message>
    <message>
        <source>sending envelopes</source>
        <translation>文書の送信</translation>
    </message>
    <message>
        <source>requesting approval</source>
        <translation>承認依頼</translation>
    </message>
    <message>
        <source>reminding signers</source>
        <translation>署名者への催促</translation>
    </message>
    <message>
        <source>recalling envelopes</source>
        <translation>文書の取り消し</translation>
    </message>
    <message>
        <source>deleting envelopes</source>
        <translation>文書の削除</translation>
    </message>
    <message>
        <source>downloading documents</source>
        <translation>文書のダウンロード</translation>
    </message>
    <message>
        <source>downloading receipts</source>
        <translation>証明書のダウンロード</translation>
    </message>
    <message>
        <source>finding an envelope by its temporary id</source>
        <translation>仮 ID による文書の検索</translation>
    </message>
    <message>
        <source>status callbacks</source>
        <translation>状態通知</translation>
    </message>
    <message>
        <source>Could not reach the team database %1 just now. Your work is kept on this computer; it goes to the team database when it is back.</source>
        <translation>チームデータベース %1 に今は接続できません。作業内容はこのコンピューターに保存され、接続が戻るとチームデータベースに送られます。</translation>
    </message>
    <message>
        <source>The team database %1 cannot be reached. Your work is kept on this computer; it goes to the team database when it is back.</source>
        <translation>チームデータベース %1 に接続できません。作業内容はこのコンピューターに保存され、接続が戻るとチームデータベースに送られます。</translation>
    </message>
    <message>
        <source>The connection to the team database %1 was lost. Your work is kept on this computer; it goes to the team database when it is back.</source>
        <translation>チームデータベース %1 との接続が切れました。作業内容はこのコンピューターに保存され、接続が戻るとチームデータベースに送られます。</translation>
    </message>
    <message>
        <source>Another desktop was changing the same record at the same moment. Try again.</source>
        <translation>別のデスクトップが同じ記録を同時に変更していました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The team database server&apos;s disk is full. Ask whoever looks after it to make room.</source>
        <translation>チームデータベースのサーバーのディスクがいっぱいです。管理者に空き容量を確保するよう依頼してください。</translation>
    </message>
    <message>
        <source>The team database %1 cannot be reached, and this envelope was queued before: it can be sent again only once the database is back (the team&apos;s outbox knows what became of it).</source>
        <translation>チームデータベース %1 に接続できません。この文書は以前に送信待ちに入れられているため、データベースが戻るまで再送信できません（その結果はチームの送信トレイが把握しています）。</translation>
    </message>
    <message>
        <source>Could not finish %1: the team database %2 refused the sign-in. Check the user name and the password in Settings &gt; Team.</source>
        <translation>%1ことができませんでした。チームデータベース %2 がサインインを拒否しました。「設定」&gt;「チーム」でユーザー名とパスワードを確認してください。</translation>
    </message>
    <message>
        <source>Could not finish %1: the record conflicts with one already saved.</source>
        <translation>%1ことができませんでした。すでに保存されている記録と矛盾します。</translation>
    </message>
    <message>
        <source>Could not finish %1: the team database said %2.</source>
        <translation>%1ことができませんでした。チームデータベースの応答: %2。</translation>
    </message>
    <message>
        <source>The team database %1 was prepared by a newer version of eSign Desktop (schema %2; this version understands up to %3). Install the newer version.</source>
        <translation>チームデータベース %1 は新しいバージョンの eSign Desktop で準備されています（スキーマ %2。このバージョンが扱えるのは %3 までです）。新しいバージョンをインストールしてください。</translation>
    </message>
    <message>
        <source>The team database address in Settings cannot be used (%1). Correct it in Team &gt; Database, or clear it to work alone.</source>
        <translation>設定にあるチームデータベースのアドレスは使用できません（%1）。「チーム」&gt;「データベース」で修正するか、アドレスを消して単独で作業してください。</translation>
    </message>
    <message>
        <source>Could not finish %1: the disk is full. Free some space and try again; the previously saved version is unchanged.</source>
        <translation>%1ことができませんでした。ディスクがいっぱいです。空き容量を確保してから、もう一度お試しください。以前に保存した内容は変更されていません。</translation>
    </message>
    <message>
        <source>Could not finish %1: the data folder is not writable (%2). Check the folder&apos;s permissions; the previously saved version is unchanged.</source>
        <translation>%1ことができませんでした。データフォルダーに書き込めません（%2）。フォルダーのアクセス権を確認してください。以前に保存した内容は変更されていません。</translation>
    </message>
    <message>
        <source>Could not finish %1: %2. The previously saved version is unchanged.</source>
        <translation>%1ことができませんでした: %2。以前に保存した内容は変更されていません。</translation>
    </message>
    <message>
        <source>Could not finish %1: cannot read %2 (%3). Check that the file still exists and is readable.</source>
        <translation>%1ことができませんでした。%2 を読み込めません（%3）。ファイルがまだ存在し、読み取れることを確認してください。</translation>
    </message>
    <message>
        <source>Could not finish %1: another copy of eSign Desktop is busy with the same data folder. Try again in a moment.</source>
        <translation>%1ことができませんでした。別の eSign Desktop が同じデータフォルダーを使用中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not finish %1: the database is in use by another program. Close other copies of eSign Desktop and try again.</source>
        <translation>%1ことができませんでした。データベースは別のプログラムが使用中です。ほかの eSign Desktop を閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not finish %1: the database file is damaged. Restore it from a backup or move it away to start afresh.</source>
        <translation>%1ことができませんでした。データベースファイルが破損しています。バックアップから復元するか、ファイルを別の場所へ移して新しく始めてください。</translation>
    </message>
    <message>
        <source>Could not finish %1: the database file cannot be opened for writing. Check the data folder&apos;s permissions.</source>
        <translation>%1ことができませんでした。データベースファイルを書き込み用に開けません。データフォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>Could not finish %1: it refers to something that does not exist.</source>
        <translation>%1ことができませんでした。存在しないものを参照しています。</translation>
    </message>
    <message>
        <source>Could not finish %1: the disk reported a read or write error. Check the disk and the data folder; the previously saved version is unchanged.</source>
        <translation>%1ことができませんでした。ディスクが読み書きのエラーを報告しました。ディスクとデータフォルダーを確認してください。以前に保存した内容は変更されていません。</translation>
    </message>
    <message>
        <source>Could not finish %1: database error (%2).</source>
        <translation>%1ことができませんでした。データベースのエラーです（%2）。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not an eSign Desktop database (%1). Start eSign Desktop to open a backup or to start a new database; the damaged file is kept either way.</source>
        <translation>データベースファイルが破損しているか、eSign Desktop のデータベースではありません（%1）。eSign Desktop を起動して、バックアップを開くか新しいデータベースで始めてください。どちらの場合も破損したファイルは残ります。</translation>
    </message>
    <message>
        <source>The database file is empty (0 bytes): it was cut short, not newly created (%1). Start eSign Desktop to open a backup or to start a new database; the damaged file is kept either way.</source>
        <translation>データベースファイルが空です（0 バイト）。新しく作られたのではなく、途中で切れています（%1）。eSign Desktop を起動して、バックアップを開くか新しいデータベースで始めてください。どちらの場合も破損したファイルは残ります。</translation>
    </message>
    <message>
        <source>The database file is damaged: its own check failed (%1). Start eSign Desktop to open a backup or to start a new database; the damaged file is kept either way.</source>
        <translation>データベースファイルが破損しています。データベース自身の検査で問題が見つかりました（%1）。eSign Desktop を起動して、バックアップを開くか新しいデータベースで始めてください。どちらの場合も破損したファイルは残ります。</translation>
    </message>
    <message>
        <source>The data folder was written by a newer version of eSign Desktop (database schema %1; this version understands up to %2). Install the newer version again, or move the data folder %3 away to start afresh.</source>
        <translation>データフォルダーは新しいバージョンの eSign Desktop で書き込まれています（データベーススキーマ %1。このバージョンが扱えるのは %2 までです）。新しいバージョンをもう一度インストールするか、データフォルダー %3 を別の場所へ移して新しく始めてください。</translation>
    </message>
    <message>
        <source>Internal error: database migration %1 is out of order.</source>
        <translation>内部エラー: データベースの移行 %1 の順序が正しくありません。</translation>
    </message>
    <message>
        <source>A saved %1 is not valid JSON.</source>
        <translation>保存された %1 が正しい JSON ではありません。</translation>
    </message>
    <message>
        <source>A saved %1 has an unknown layout.</source>
        <translation>保存された %1 の形式が不明です。</translation>
    </message>
    <message>
        <source>A saved %1 was written by a newer version of eSign Desktop.</source>
        <translation>保存された %1 は新しいバージョンの eSign Desktop で書き込まれています。</translation>
    </message>
    <message>
        <source>A saved %1 is damaged: %2.</source>
        <translation>保存された %1 が破損しています: %2。</translation>
    </message>
    <message>
        <source>A saved %1 lacks its “%2”.</source>
        <translation>保存された %1 に「%2」がありません。</translation>
    </message>
    <message>
        <source>A saved value is damaged: %1.</source>
        <translation>保存された値が破損しています: %1。</translation>
    </message>
    <message>
        <source>A saved value should be of type %1, found %2.</source>
        <translation>保存された値は %1 型であるべきですが、%2 型でした。</translation>
    </message>
    <message>
        <source>A saved date is not text.</source>
        <translation>保存された日付がテキストではありません。</translation>
    </message>
    <message>
        <source>A saved date is not in ISO 8601 form.</source>
        <translation>保存された日付が ISO 8601 形式ではありません。</translation>
    </message>
    <message>
        <source>A saved date has no time zone.</source>
        <translation>保存された日付にタイムゾーンがありません。</translation>
    </message>
    <message>
        <source>A saved whole number is not one.</source>
        <translation>保存された整数が整数になっていません。</translation>
    </message>
    <message>
        <source>A saved number is not one.</source>
        <translation>保存された数値が数値になっていません。</translation>
    </message>
    <message>
        <source>A saved envelope names another envelope than the one it is stored as.</source>
        <translation>保存された文書が、保存されている場所とは別の文書を指しています。</translation>
    </message>
    <message>
        <source>Could not save: a value should be of type %1, found %2.</source>
        <translation>保存できませんでした。値は %1 型であるべきですが、%2 型でした。</translation>
    </message>
    <message>
        <source>Could not save: a whole number is of type %1.</source>
        <translation>保存できませんでした。整数が %1 型になっています。</translation>
    </message>
    <message>
        <source>Could not save: a number is not a finite number.</source>
        <translation>保存できませんでした。数値が有限の数ではありません。</translation>
    </message>
    <message>
        <source>Could not add the account: an account with the same id already exists.</source>
        <translation>アカウントを追加できませんでした。同じ ID のアカウントがすでに存在します。</translation>
    </message>
    <message>
        <source>Could not save the account: it has been removed.</source>
        <translation>アカウントを保存できませんでした。アカウントは削除されています。</translation>
    </message>
    <message>
        <source>Could not save the account&apos;s state: the account has been removed.</source>
        <translation>アカウントの状態を保存できませんでした。アカウントは削除されています。</translation>
    </message>
    <message>
        <source>Could not save the coordinate convention: the account has been removed.</source>
        <translation>座標の規約を保存できませんでした。アカウントは削除されています。</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>アカウントに名前を付けてください。</translation>
    </message>
    <message>
        <source>There is already an account called “%1”.</source>
        <translation>「%1」という名前のアカウントはすでにあります。</translation>
    </message>
    <message>
        <source>A GMO Sign account needs its customer id.</source>
        <translation>GMO Sign のアカウントには顧客IDが必要です。</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>そのアカウントはもう存在しません。</translation>
    </message>
    <message>
        <source>Could not save the draft: the file for %1 is missing. Add the PDF again.</source>
        <translation>下書きを保存できませんでした。%1 のファイルが見つかりません。PDF をもう一度追加してください。</translation>
    </message>
    <message>
        <source>Could not save the draft: the file for a document is missing. Add the PDF again.</source>
        <translation>下書きを保存できませんでした。ファイルが 1 つ見つかりません。PDF をもう一度追加してください。</translation>
    </message>
    <message>
        <source>There is no saved layout called “%1” for %2.</source>
        <translation>%2 用に保存された「%1」という名前のレイアウトはありません。</translation>
    </message>
    <message>
        <source>%1 changed after it was added to the envelope, so it was not sent. Add the PDF again and check its fields.</source>
        <translation>%1 は文書に追加された後に変更されたため、送信されませんでした。PDF をもう一度追加して、フィールドを確認してください。</translation>
    </message>
    <message>
        <source>The team&apos;s copy of %1 is damaged, so it was not sent. Send it again from the desktop that has the PDF.</source>
        <translation>チームにある %1 のコピーが破損しているため、送信されませんでした。PDF があるデスクトップからもう一度送信してください。</translation>
    </message>
    <message>
        <source>Could not read %1 (%2), so it was not sent. Check that the file still exists, or add it again.</source>
        <translation>%1 を読み込めなかったため（%2）、送信されませんでした。ファイルがまだ存在するか確認するか、もう一度追加してください。</translation>
    </message>
    <message>
        <source>Could not queue the envelope for sending: choose an account first.</source>
        <translation>文書を送信待ちに入れられませんでした。先にアカウントを選んでください。</translation>
    </message>
    <message>
        <source>This envelope is already being sent.</source>
        <translation>この文書はすでに送信中です。</translation>
    </message>
    <message>
        <source>This envelope may already have been sent: check the service before sending it again, or send a copy (Duplicate as draft).</source>
        <translation>この文書はすでに送信されている可能性があります。もう一度送信する前にサービスで確認するか、コピーを送信してください（「下書きとして複製」）。</translation>
    </message>
    <message>
        <source>The send you are following no longer exists.</source>
        <translation>追跡中の送信はもう存在しません。</translation>
    </message>
    <message>
        <source>The record of this send is damaged (unknown state).</source>
        <translation>この送信の記録が破損しています（不明な状態）。</translation>
    </message>
    <message>
        <source>Cannot move this send from %1 to %2; it may be handled elsewhere.</source>
        <translation>この送信を「%1」から「%2」に進められません。別の場所で処理されている可能性があります。</translation>
    </message>
    <message>
        <source>This envelope is still being sent; wait until it finishes.</source>
        <translation>この文書はまだ送信中です。完了するまでお待ちください。</translation>
    </message>
    <message>
        <source>That record is no longer set aside.</source>
        <translation>その記録はもう別に保管されていません。</translation>
    </message>
    <message>
        <source>It cannot be read back (%1).</source>
        <translation>読み込めません（%1）。</translation>
    </message>
    <message>
        <source>The settings file could not be read (%1); the defaults are used.</source>
        <translation>設定ファイルを読み込めませんでした（%1）。既定の設定を使用します。</translation>
    </message>
    <message>
        <source>The settings file was damaged and the defaults are used; the damaged file is kept as %1.</source>
        <translation>設定ファイルが破損していたため、既定の設定を使用します。破損したファイルは %1 として保管しました。</translation>
    </message>
    <message>
        <source>The settings file %1 was damaged and the defaults are used; it could not be renamed to keep it.</source>
        <translation>設定ファイル %1 が破損していたため、既定の設定を使用します。保管のための名前の変更はできませんでした。</translation>
    </message>
    <message>
        <source>The settings file has no valid version; it is read as the current one.</source>
        <translation>設定ファイルに有効なバージョンがありません。現在のバージョンとして読み込みます。</translation>
    </message>
    <message>
        <source>The settings were saved by a newer version of eSign Desktop; unknown ones are ignored.</source>
        <translation>設定は新しいバージョンの eSign Desktop で保存されています。認識できない設定は無視します。</translation>
    </message>
    <message>
        <source>There is no way to update the settings from version %1; they are read as they are.</source>
        <translation>バージョン %1 の設定は更新できません。そのまま読み込みます。</translation>
    </message>
    <message>
        <source>The sync interval was raised to the minimum, %1 seconds.</source>
        <translation>ステータス更新の間隔を最小値の %1 秒に引き上げました。</translation>
    </message>
    <message>
        <source>The setting “%1” had an invalid value; the default is used.</source>
        <translation>設定「%1」の値が無効なため、既定値を使用します。</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>creating the database</source>
        <translation>データベースを作成する</translation>
    </message>
    <message>
        <source>reading the database version</source>
        <translation>データベースのバージョンを読み取る</translation>
    </message>
    <message>
        <source>updating the database for this version of eSign Desktop</source>
        <translation>データベースをこのバージョンの eSign Desktop 用に更新する</translation>
    </message>
    <message>
        <source>backing up the database</source>
        <translation>データベースをバックアップする</translation>
    </message>
    <message>
        <source>keeping the damaged database aside</source>
        <translation>破損したデータベースを別に保管する</translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation>バックアップを復元する</translation>
    </message>
    <message>
        <source>reading saved data</source>
        <translation>保存したデータを読み込む</translation>
    </message>
    <message>
        <source>saving the settings</source>
        <translation>設定を保存する</translation>
    </message>
    <message>
        <source>adding the account</source>
        <translation>アカウントを追加する</translation>
    </message>
    <message>
        <source>saving the account</source>
        <translation>アカウントを保存する</translation>
    </message>
    <message>
        <source>saving the account&apos;s state</source>
        <translation>アカウントの状態を保存する</translation>
    </message>
    <message>
        <source>saving the account&apos;s coordinate convention</source>
        <translation>アカウントの座標の規約を保存する</translation>
    </message>
    <message>
        <source>removing the account</source>
        <translation>アカウントを削除する</translation>
    </message>
    <message>
        <source>saving the envelope list</source>
        <translation>文書の一覧を保存する</translation>
    </message>
    <message>
        <source>removing the envelope from the list</source>
        <translation>文書を一覧から削除する</translation>
    </message>
    <message>
        <source>checking the envelope</source>
        <translation>文書を確認する</translation>
    </message>
    <message>
        <source>recording the envelope&apos;s history</source>
        <translation>文書の履歴を記録する</translation>
    </message>
    <message>
        <source>clearing the envelope&apos;s history</source>
        <translation>文書の履歴を消去する</translation>
    </message>
    <message>
        <source>saving the calibration record</source>
        <translation>較正の記録を保存する</translation>
    </message>
    <message>
        <source>saving the draft</source>
        <translation>下書きを保存する</translation>
    </message>
    <message>
        <source>opening the draft</source>
        <translation>下書きを開く</translation>
    </message>
    <message>
        <source>listing the drafts</source>
        <translation>下書きの一覧を読み込む</translation>
    </message>
    <message>
        <source>deleting the draft</source>
        <translation>下書きを削除する</translation>
    </message>
    <message>
        <source>tidying stored files</source>
        <translation>保存済みのファイルを整理する</translation>
    </message>
    <message>
        <source>making a working copy of the PDF</source>
        <translation>PDF の作業用コピーを作成する</translation>
    </message>
    <message>
        <source>saving the layout</source>
        <translation>レイアウトを保存する</translation>
    </message>
    <message>
        <source>opening the layout</source>
        <translation>レイアウトを開く</translation>
    </message>
    <message>
        <source>deleting the layout</source>
        <translation>レイアウトを削除する</translation>
    </message>
    <message>
        <source>queueing the envelope for sending</source>
        <translation>文書を送信待ちに入れる</translation>
    </message>
    <message>
        <source>recording the sending progress</source>
        <translation>送信の進み具合を記録する</translation>
    </message>
    <message>
        <source>removing the send record</source>
        <translation>送信の記録を削除する</translation>
    </message>
    <message>
        <source>setting aside a record that cannot be read</source>
        <translation>読み込めない記録を別に保管する</translation>
    </message>
    <message>
        <source>listing the records that need attention</source>
        <translation>要確認の記録の一覧を読み込む</translation>
    </message>
    <message>
        <source>counting the records that need attention</source>
        <translation>要確認の記録を数える</translation>
    </message>
    <message>
        <source>reading a record that needs attention</source>
        <translation>要確認の記録を読み込む</translation>
    </message>
    <message>
        <source>exporting the record</source>
        <translation>記録をエクスポートする</translation>
    </message>
    <message>
        <source>deleting a record that needs attention</source>
        <translation>要確認の記録を削除する</translation>
    </message>
    <message>
        <source>connecting to the team database</source>
        <translation>チームデータベースに接続する</translation>
    </message>
    <message>
        <source>preparing the team database</source>
        <translation>チームデータベースを準備する</translation>
    </message>
    <message>
        <source>reading the team database&apos;s version</source>
        <translation>チームデータベースのバージョンを読み取る</translation>
    </message>
    <message>
        <source>reading this desktop&apos;s team id</source>
        <translation>このデスクトップのチーム ID を読み取る</translation>
    </message>
    <message>
        <source>introducing this desktop to the team</source>
        <translation>このデスクトップをチームに登録する</translation>
    </message>
    <message>
        <source>joining the team&apos;s account</source>
        <translation>チームのアカウントに参加する</translation>
    </message>
    <message>
        <source>queueing changes for the team</source>
        <translation>チームに送る変更を登録する</translation>
    </message>
    <message>
        <source>reading the changes queued for the team</source>
        <translation>チームに送る変更を読み込む</translation>
    </message>
    <message>
        <source>clearing the changes pushed to the team</source>
        <translation>チームに送った変更を片付ける</translation>
    </message>
    <message>
        <source>reading the team register</source>
        <translation>チームの登録簿を読み込む</translation>
    </message>
    <message>
        <source>reading the team&apos;s layouts</source>
        <translation>チームのレイアウトを読み込む</translation>
    </message>
    <message>
        <source>reading the team state</source>
        <translation>チームの状態を読み込む</translation>
    </message>
    <message>
        <source>saving the team state</source>
        <translation>チームの状態を保存する</translation>
    </message>
    <message>
        <source>reading the team&apos;s status</source>
        <translation>チームの状況を読み取る</translation>
    </message>
    <message>
        <source>counting the team&apos;s calls</source>
        <translation>チームの呼び出し回数を数える</translation>
    </message>
    <message>
        <source>claiming the send</source>
        <translation>送信の担当を確保する</translation>
    </message>
    <message>
        <source>holding the claim on the send</source>
        <translation>送信の担当を保持する</translation>
    </message>
    <message>
        <source>noting which desktop sends it</source>
        <translation>どのデスクトップが送信するかを記録する</translation>
    </message>
    <message>
        <source>sharing the PDF with the team</source>
        <translation>PDF をチームと共有する</translation>
    </message>
    <message>
        <source>checking the team&apos;s PDFs</source>
        <translation>チームの PDF を確認する</translation>
    </message>
    <message>
        <source>fetching the PDF from the team</source>
        <translation>チームから PDF を取得する</translation>
    </message>
    <message>
        <source>saving a copy of the team&apos;s PDF on this computer</source>
        <translation>チームの PDF のコピーをこのコンピューターに保存する</translation>
    </message>
    <message>
        <source>tidying the team&apos;s PDFs</source>
        <translation>チームの PDF を整理する</translation>
    </message>
    <message>
        <source>creating the account&apos;s relay token</source>
        <translation>アカウントのリレー用トークンを作成する</translation>
    </message>
    <message>
        <source>saving the account&apos;s relay hooks</source>
        <translation>アカウントのリレー用フックを保存する</translation>
    </message>
    <message>
        <source>reading the account&apos;s relay hooks</source>
        <translation>アカウントのリレー用フックを読み込む</translation>
    </message>
    <message>
        <source>removing the account&apos;s relay token</source>
        <translation>アカウントのリレー用トークンを削除する</translation>
    </message>
    <message>
        <source>reading the account&apos;s relay</source>
        <translation>アカウントのリレー設定を読み込む</translation>
    </message>
    <message>
        <source>reading the relay&apos;s callbacks</source>
        <translation>リレーのコールバックを読み込む</translation>
    </message>
    <message>
        <source>marking a callback processed</source>
        <translation>コールバックを処理済みにする</translation>
    </message>
    <message>
        <source>looking up a callback token</source>
        <translation>コールバックのトークンを照会する</translation>
    </message>
    <message>
        <source>storing a callback</source>
        <translation>コールバックを保存する</translation>
    </message>
    <message>
        <source>counting a refused callback</source>
        <translation>拒否したコールバックを数える</translation>
    </message>
    <message>
        <source>checking the team database</source>
        <translation>チームデータベースを確認する</translation>
    </message>
    <message>
        <source>Could not write to %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>“%1” was made without %2: the PDF is no longer on this computer. Add it again in the draft.</source>
        <translation>「%1」は %2 なしで作成されました。PDF がこのコンピューターにもうありません。下書きでもう一度追加してください。</translation>
    </message>
    <message>
        <source>The local receiver for status callbacks did not start.</source>
        <translation>状態通知を受け取るローカルの受信機能を開始できませんでした。</translation>
    </message>
    <message>
        <source>%1: status callbacks are off: %2</source>
        <translation>%1: 状態通知はオフになっています: %2</translation>
    </message>
    <message>
        <source>This file cannot be used as a PDF document.</source>
        <translation>このファイルは PDF 文書として使用できません。</translation>
    </message>
    <message>
        <source>This is not a PDF file. Choose a PDF document (the name usually ends in .pdf).</source>
        <translation>PDF ファイルではありません。PDF 文書(通常は名前が .pdf で終わります)を選んでください。</translation>
    </message>
    <message>
        <source>The PDF is damaged or incomplete (perhaps a download was cut short). Open it in a PDF viewer, save a fresh copy, and add that copy instead.</source>
        <translation>PDF が破損しているか不完全です(ダウンロードが途中で切れた可能性があります)。PDF ビューアーで開いて新しいコピーを保存し、そのコピーを追加してください。</translation>
    </message>
    <message>
        <source>The PDF is password protected. Remove the password (open it and save or print it to a new PDF) and add the unprotected copy.</source>
        <translation>PDF はパスワードで保護されています。パスワードを外して(開いて新しい PDF として保存または印刷して)、保護のないコピーを追加してください。</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>PDF にページがありません。</translation>
    </message>
    <message>
        <source>The PDF is too large to send. Reduce its size (for example, compress images) and try again.</source>
        <translation>PDF が大きすぎて送信できません。サイズを小さくして(画像を圧縮するなど)もう一度お試しください。</translation>
    </message>
    <message>
        <source>The PDF is %1 MB; the limit is %2 MB. Reduce its size (for example, compress images) and try again.</source>
        <translation>PDF のサイズは %1 MB で、上限は %2 MB です。サイズを小さくして(画像を圧縮するなど)もう一度お試しください。</translation>
    </message>
    <message>
        <source>A page of this PDF cannot be displayed reliably.</source>
        <translation>この PDF には正しく表示できないページがあります。</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>%1 ページ: %2</translation>
    </message>
    <message>
        <source>The PDF is already digitally signed. Adding fields would invalidate the existing signatures: send the document without placed fields, or use an unsigned copy.</source>
        <translation>この PDF にはすでに電子署名があります。フィールドを追加すると既存の署名が無効になります。フィールドを配置せずに送信するか、署名のないコピーを使ってください。</translation>
    </message>
    <message>
        <source>The PDF is protected with a password. Enter the password to use it: the app makes an unprotected working copy for this draft and does not keep the password.</source>
        <translation>PDF はパスワードで保護されています。使用するにはパスワードを入力してください。この下書き用に保護のない作業コピーを作成し、パスワードは保存しません。</translation>
    </message>
    <message>
        <source>The password is not correct for this PDF. Check it and try again.</source>
        <translation>この PDF のパスワードが正しくありません。確認してもう一度お試しください。</translation>
    </message>
    <message>
        <source>The PDF is encrypted for particular recipients&apos; certificates (public-key encryption), not with a password. It is not damaged, but only those recipients can open it: ask the sender for an unencrypted copy and add that instead.</source>
        <translation>この PDF はパスワードではなく、特定の受信者の証明書で暗号化されています(公開鍵暗号)。破損はしていませんが、開けるのはその受信者だけです。送信者に暗号化されていないコピーを依頼し、そのコピーを追加してください。</translation>
    </message>
    <message>
        <source>The PDF is encrypted with an owner password: it opens without one, but its author restricted what may be done with it. GMO Sign refuses encrypted files, and placing fields for Assently writes a copy without the restrictions. To send it, confirm that you may remove the restrictions: the app then uses an unrestricted copy (the original file is not changed). Restrictions: %1.</source>
        <translation>この PDF は権限パスワードで暗号化されています。パスワードなしで開けますが、作成者が操作を制限しています。GMO Sign は暗号化されたファイルを受け付けず、Assently 用にフィールドを配置すると制限のないコピーが書き出されます。送信するには、制限を解除してよいことを確認してください。その後は制限のないコピーを使用します(元のファイルは変更しません)。制限: %1。</translation>
    </message>
    <message>
        <source>The PDF is damaged (for example junk before its start, a broken last update or a broken page list), but a repaired copy can be made. Repair it to continue: the repaired copy is used from then on and the original file is not changed. Check the pages after repairing.</source>
        <translation>PDF が破損しています(先頭の不要なデータ、壊れた最終更新、壊れたページ一覧など)が、修復したコピーを作成できます。続けるには修復してください。以後は修復したコピーを使用し、元のファイルは変更しません。修復後にページを確認してください。</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it still exists and that you may open it.</source>
        <translation>ファイルを読み込めません。ファイルがまだ存在し、開く権限があることを確認してください。</translation>
    </message>
    <message>
        <source>The file cannot be read or the copy cannot be written. Check the file and the free disk space.</source>
        <translation>ファイルを読み込めないか、コピーを書き込めません。ファイルとディスクの空き容量を確認してください。</translation>
    </message>
    <message>
        <source>Field %1 is on page %2, but the document has %3 pages.</source>
        <translation>フィールド %1 は %2 ページにありますが、文書は %3 ページしかありません。</translation>
    </message>
    <message>
        <source>%1 sent %2 instead of a PDF for &apos;%3&apos;; nothing was saved. Try again later; if it keeps happening, check the account&apos;s address.</source>
        <translation>%1 から「%3」について PDF ではなく %2 が返されたため、何も保存していません。しばらくしてからもう一度お試しください。繰り返し起こる場合は、アカウントのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The service sent something other than a PDF for &apos;%1&apos; (%2); nothing was saved. Try again later; if it keeps happening, check the account&apos;s address.</source>
        <translation>サービスから「%1」について PDF 以外のもの(%2)が返されたため、何も保存していません。しばらくしてからもう一度お試しください。繰り返し起こる場合は、アカウントのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none (but the file is still encrypted)</source>
        <translation>なし(ただしファイルは暗号化されたままです)</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>Web ページ</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>not a PDF</source>
        <translation>PDF ではないデータ</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空のデータ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The calibration record %1 cannot be read (%2); send a new one.</source>
        <translation>キャリブレーションの記録 %1 を読み込めません(%2)。新しく送信してください。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address; give your own, you will sign it.</source>
        <translation>「%1」はメールアドレスではありません。ご自身のアドレスを入力してください。ご自身で署名します。</translation>
    </message>
    <message>
        <source>The calibration envelope was not sent: %1</source>
        <translation>キャリブレーション用の文書を送信できませんでした: %1</translation>
    </message>
    <message>
        <source>No calibration was sent for “%1”: send one first (esign calibrate --email).</source>
        <translation>「%1」のキャリブレーションはまだ送信されていません。先に送信してください(esign calibrate --email)。</translation>
    </message>
    <message>
        <source>The calibration envelope is no longer in the local list; send a new one.</source>
        <translation>キャリブレーション用の文書がローカルの一覧にありません。新しく送信してください。</translation>
    </message>
    <message>
        <source>The signed document could not be downloaded: %1</source>
        <translation>署名済みの文書をダウンロードできませんでした: %1</translation>
    </message>
    <message>
        <source>A page has no usable size (its MediaBox is missing or has zero width or height). Re-save the PDF from its original application and try again.</source>
        <translation>ページに使用できるサイズがありません（MediaBox がないか、幅または高さが 0 です）。作成元のアプリケーションで PDF を保存し直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The page rotation %1 is not a multiple of 90 degrees, so the page cannot be shown reliably. Re-save the PDF from its original application and try again.</source>
        <translation>ページの回転角 %1 が 90 度の倍数ではないため、ページを正しく表示できません。作成元のアプリケーションで PDF を保存し直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This send could not be resumed (%1). Check on the service whether it arrived.</source>
        <translation>この送信を再開できませんでした（%1）。相手に届いているかどうか、サービス上で確認してください。</translation>
    </message>
    <message>
        <source>Gave up after %1 tries: %2 It will not be sent twice.</source>
        <translation>%1 回試行しましたが、送信を中止しました: %2 二重に送信されることはありません。</translation>
    </message>
    <message>
        <source>The answer to the signature request never came, so it may have been sent: check GMO Sign for an envelope with the document code(s) %1 before sending it again. It will not be requested again automatically.</source>
        <translation>署名依頼への応答が届かなかったため、送信されている可能性があります。もう一度送信する前に、GMO Sign でドキュメントコード %1 の文書を確認してください。自動で再依頼することはありません。</translation>
    </message>
    <message>
        <source>The answer to the signature request never came, so it may have been sent: check GMO Sign for the envelope before sending it again. It will not be requested again automatically.</source>
        <translation>署名依頼への応答が届かなかったため、送信されている可能性があります。もう一度送信する前に、GMO Sign でこの文書を確認してください。自動で再依頼することはありません。</translation>
    </message>
    <message>
        <source>It was not sent: %1</source>
        <translation>送信されませんでした: %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>being created</source>
        <translation>作成中</translation>
    </message>
    <message>
        <source>created</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>kept as a draft</source>
        <translation>下書きとして保管</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; is it an envelope spec?</source>
        <translation>%1 は %2 MB を超えています。文書定義ファイルで間違いありませんか？</translation>
    </message>
    <message>
        <source>%1 is not a readable JSON file: %2</source>
        <translation>%1 は読み込める JSON ファイルではありません: %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>ファイルが UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation>%1（%2 行 %3 列）</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>a number is too long</source>
        <translation>数値が長すぎます</translation>
    </message>
    <message>
        <source>the key %1 appears twice in one object</source>
        <translation>キー %1 が 1 つのオブジェクトに 2 回出てきます</translation>
    </message>
    <message>
        <source>the spec must be a JSON object</source>
        <translation>定義は JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>“%1” is one of %2</source>
        <translation>「%1」は %2 のいずれかです</translation>
    </message>
    <message>
        <source>%1 (found %2)</source>
        <translation>%1（実際は %2）</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>%1 以上でなければなりません</translation>
    </message>
    <message>
        <source>must be more than %1</source>
        <translation>%1 より大きくなければなりません</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>%1 以下でなければなりません</translation>
    </message>
    <message>
        <source>must be less than %1</source>
        <translation>%1 未満でなければなりません</translation>
    </message>
    <message>
        <source>must have at least %1 item(s)</source>
        <translation>%1 個以上の項目が必要です</translation>
    </message>
    <message>
        <source>must have at most %1 item(s)</source>
        <translation>項目は %1 個までです</translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation>%1 を開けません</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 がありません</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 を読み込めません（%2）</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>ID %1 が 2 回使われています</translation>
    </message>
    <message>
        <source>there is no document %1</source>
        <translation>文書 %1 はありません</translation>
    </message>
    <message>
        <source>page %1 is out of range (the document has %2 pages)</source>
        <translation>%1 ページは範囲外です（文書は %2 ページです）</translation>
    </message>
    <message>
        <source>unknown party %1</source>
        <translation>不明な宛先 %1</translation>
    </message>
    <message>
        <source>“rect” must be [x1, y1, x2, y2] in percent, inside 0..100, not empty</source>
        <translation>「rect」は [x1, y1, x2, y2] の形でパーセント指定し、0〜100 の範囲内で空でない必要があります</translation>
    </message>
    <message>
        <source>contains an invalid character (a lone UTF-16 surrogate)</source>
        <translation>無効な文字（単独の UTF-16 サロゲート）が含まれています</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>NUL 文字が含まれています</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>テキストでなければなりません</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true か false でなければなりません</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>整数でなければなりません</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>数値でなければなりません</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>リストでなければなりません</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>is not a known key (check its spelling)</source>
        <translation>既知のキーではありません（綴りを確認してください）</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>有限の数値でなければなりません</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>長すぎます</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>別の型</translation>
    </message>
</context>
<context>
    <name>EventTrail</name>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>リマインダー送信</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>承認依頼</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状態の変化</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>締結完了</translation>
    </message>
    <message>
        <source>Metadata saved</source>
        <translation>メタデータ保存</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Created from a template</source>
        <translation>テンプレートから作成</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>状態確認</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>このアプリ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>誰が</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>記録元</translation>
    </message>
</context>
<context>
    <name>ExistingFieldsLayer</name>
    <message>
        <source>The field on page %1 covers the document&apos;s own form field “%2”. Check its place.</source>
        <translation>%1 ページのフィールドが、文書の既存のフォームフィールド「%2」に重なっています。位置を確認してください。</translation>
    </message>
    <message>
        <source>The field on page %1 covers an annotation (%2) of the document. Check its place.</source>
        <translation>%1 ページのフィールドが、文書の注釈（%2）に重なっています。位置を確認してください。</translation>
    </message>
</context>
<context>
    <name>FieldDescription</name>
    <message>
        <source>%1 field “%2” for %3 on page %4</source>
        <translation>%3 の%1フィールド「%2」（%4 ページ）</translation>
    </message>
    <message>
        <source>%1 field for %2 on page %3</source>
        <translation>%2 の%1フィールド（%3 ページ）</translation>
    </message>
    <message>
        <source>%1 field “%2” on page %3</source>
        <translation>%1フィールド「%2」（%3 ページ）</translation>
    </message>
    <message>
        <source>%1 field on page %2</source>
        <translation>%1フィールド（%2 ページ）</translation>
    </message>
    <message>
        <source>%1 of “%2”</source>
        <translation>「%2」の%1</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Add field</source>
        <translation>フィールドを追加</translation>
    </message>
    <message>
        <source>Delete fields</source>
        <translation>フィールドを削除</translation>
    </message>
</context>
<context>
    <name>FieldKind</name>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>チェックボックス</translation>
    </message>
</context>
<context>
    <name>FieldKindButton</name>
    <message>
        <source>Click, then draw on a page; or drag onto a page; or press %1 over a page.</source>
        <translation>クリックしてからページ上に描くか、ページにドラッグするか、ページ上で %1 を押します。</translation>
    </message>
</context>
<context>
    <name>FieldOverlay</name>
    <message>
        <source>Fields on the pages</source>
        <translation>ページ上のフィールド</translation>
    </message>
    <message>
        <source>Add %1 field</source>
        <translation>%1フィールドを追加</translation>
    </message>
    <message>
        <source>Nudge fields</source>
        <translation>フィールドを微調整</translation>
    </message>
    <message>
        <source>Select two or more fields to align them.</source>
        <translation>整列するには2つ以上のフィールドを選択してください。</translation>
    </message>
    <message>
        <source>Align fields</source>
        <translation>フィールドを整列</translation>
    </message>
    <message>
        <source>Select three or more fields on one page to distribute them.</source>
        <translation>等間隔に並べるには、同じページのフィールドを3つ以上選択してください。</translation>
    </message>
    <message>
        <source>Distribute fields</source>
        <translation>フィールドの等間隔配置</translation>
    </message>
    <message>
        <source>Select two or more fields to give them the same size.</source>
        <translation>サイズを揃えるには、フィールドを2つ以上選択してください。</translation>
    </message>
    <message>
        <source>Same size</source>
        <translation>サイズを揃える</translation>
    </message>
    <message>
        <source>Nothing to paste: copy fields first.</source>
        <translation>貼り付けるものがありません。先にフィールドをコピーしてください。</translation>
    </message>
    <message>
        <source>Paste fields</source>
        <translation>フィールドを貼り付け</translation>
    </message>
    <message>
        <source>Select the fields to duplicate first.</source>
        <translation>先に複製するフィールドを選択してください。</translation>
    </message>
    <message>
        <source>Duplicate fields to pages</source>
        <translation>フィールドをページに複製</translation>
    </message>
    <message>
        <source>Move fields</source>
        <translation>フィールドを移動</translation>
    </message>
    <message>
        <source>Resize field</source>
        <translation>フィールドのサイズを変更</translation>
    </message>
    <message>
        <source>Draw %1 field</source>
        <translation>%1フィールドを描画</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>送信者</translation>
    </message>
</context>
<context>
    <name>FieldPalette</name>
    <message>
        <source>New fields for</source>
        <translation>新しいフィールドの担当</translation>
    </message>
    <message>
        <source>Party for new fields</source>
        <translation>新しいフィールドを担当する宛先</translation>
    </message>
    <message>
        <source>Selecting a party in the list of parties chooses it here too</source>
        <translation>宛先一覧で宛先を選ぶと、ここでも選ばれます</translation>
    </message>
    <message>
        <source>Select (Esc)</source>
        <translation>選択 (Esc)</translation>
    </message>
    <message>
        <source>Sender (fills before sending)</source>
        <translation>送信者（送信前に入力）</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>already signed: not a new field</source>
        <translation>署名済み：新しいフィールドにはなりません</translation>
    </message>
    <message>
        <source>belongs to no form field: ignored</source>
        <translation>どのフォームフィールドにも属していません：無視します</translation>
    </message>
    <message>
        <source>radio buttons: no such field at the service</source>
        <translation>ラジオボタン：サービスに対応するフィールドがありません</translation>
    </message>
    <message>
        <source>list or drop-down: no such field at the service</source>
        <translation>リストまたはドロップダウン：サービスに対応するフィールドがありません</translation>
    </message>
    <message>
        <source>Fields found in the document</source>
        <translation>ファイル内で見つかったフィールド</translation>
    </message>
    <message>
        <source>Tick the fields to add. Tags are given to the party with their number.</source>
        <translation>追加するフィールドにチェックを付けてください。タグは番号に対応する宛先に割り当てられます。</translation>
    </message>
    <message>
        <source>The document has no form fields and no {{signature:1}}-style tags.</source>
        <translation>このファイルにはフォームフィールドも {{signature:1}} 形式のタグもありません。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>取り込まなかったもの</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Import fields from the document</source>
        <translation>ファイルからフィールドを取り込む</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>No system keyring is available, so passwords and API keys are kept only until eSign Desktop closes and you will be asked for them again next time. To have them remembered, install and unlock a keyring service (GNOME Keyring, KWallet, or the Windows/macOS credential store).</source>
        <translation>システムのキーリングが使えないため、パスワードと API キーは eSign Desktop を閉じるまでしか保持されず、次回また入力を求められます。保持させるには、キーリングサービス（GNOME Keyring、KWallet、Windows/macOS の資格情報ストア）をインストールしてロックを解除してください。</translation>
    </message>
</context>
<context>
    <name>LayoutDialog</name>
    <message>
        <source>Save layout</source>
        <translation>レイアウトを保存</translation>
    </message>
    <message>
        <source>Apply layout</source>
        <translation>レイアウトを適用</translation>
    </message>
    <message>
        <source>Layout name</source>
        <translation>レイアウト名</translation>
    </message>
    <message>
        <source>e.g. Lease, two tenants</source>
        <translation>例: 賃貸借契約（借主2名）</translation>
    </message>
    <message>
        <source>Saved layouts</source>
        <translation>保存済みのレイアウト</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Saving under an existing name replaces that layout.</source>
        <translation>既存の名前で保存すると、そのレイアウトは置き換えられます。</translation>
    </message>
    <message>
        <source>Choose a layout.</source>
        <translation>レイアウトを選んでください。</translation>
    </message>
    <message>
        <source>No layouts are saved for this service yet.</source>
        <translation>このサービス用に保存されたレイアウトはまだありません。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>esign-desktop main window</source>
        <translation>esign-desktop メインウィンドウ</translation>
    </message>
    <message>
        <source>Search envelopes</source>
        <translation>文書を検索</translation>
    </message>
    <message>
        <source>Search name, party or account (Ctrl+F)</source>
        <translation>名前・宛先・アカウントで検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Views, list and details</source>
        <translation>ビュー、一覧、詳細</translation>
    </message>
    <message>
        <source>Envelope actions</source>
        <translation>文書の操作</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New envelope…</source>
        <translation>新しい文書(&amp;N)…</translation>
    </message>
    <message>
        <source>Prepare a new envelope in the composer</source>
        <translation>作成画面で新しい文書を準備します</translation>
    </message>
    <message>
        <source>New envelope</source>
        <translation>新しい文書</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>アカウント(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Calibrate placement…</source>
        <translation>配置を校正(&amp;C)…</translation>
    </message>
    <message>
        <source>Check that signatures land where fields are placed</source>
        <translation>署名がフィールドを配置した位置に入るか確認します</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>データベース(&amp;D)…</translation>
    </message>
    <message>
        <source>The database this office&apos;s desktops share (team mode)</source>
        <translation>このオフィスのデスクトップが共有するデータベース（チームモード）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About eSign Desktop</source>
        <translation>eSign Desktop について(&amp;A)</translation>
    </message>
    <message>
        <source>The version, and where your data and logs are kept</source>
        <translation>バージョンと、データとログの保存場所</translation>
    </message>
    <message>
        <source>&amp;Envelope</source>
        <translation>文書(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>Number of envelopes shown</source>
        <translation>表示中の文書数</translation>
    </message>
    <message>
        <source>Signing link copied</source>
        <translation>署名用リンクをコピーしました</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>アカウント %1</translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s)</source>
        <translation>
            <numerusform>%n 件の文書</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete envelopes</source>
        <translation>文書の削除</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>Te&amp;am</source>
        <translation>チーム(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Team mode</source>
        <translation>チームモード</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（無題）</translation>
    </message>
    <message>
        <source>Recall “%1”?</source>
        <translation>「%1」を取り消しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Recall %n envelope(s)?</source>
        <translation>
            <numerusform>%n 件の文書を取り消しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Recall envelopes</source>
        <translation>文書の取り消し</translation>
    </message>
    <message>
        <source>The parties can no longer sign, and the service tells them the envelope was recalled. It takes no reason: to explain, write to the parties yourself.</source>
        <translation>宛先は署名できなくなり、サービスから取り消しが通知されます。サービスは理由を受け付けません。理由を伝えるには、宛先にご自身で連絡してください。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n envelope(s)?</source>
        <translation>
            <numerusform>%n 件の文書を削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Envelopes that are out for signature are recalled first. This cannot be undone.</source>
        <translation>署名依頼中の文書は先に送信が取り消されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Export visible envelopes</source>
        <translation>表示中の文書を書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>%1 に書き込めませんでした: %2。別のフォルダーを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n envelope(s) to %1.</source>
        <translation>
            <numerusform>%n 件の文書を %1 に書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>エラーの詳細をコピー</translation>
    </message>
    <message>
        <source>Copy the technical details, to paste into a problem report</source>
        <translation>技術的な詳細をコピーして、問題の報告に貼り付けられるようにします</translation>
    </message>
    <message>
        <source>Show earlier messages</source>
        <translation>以前のメッセージを表示</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier</source>
        <translation>
            <numerusform>以前の %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>以前のメッセージ %n 件を表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageHistoryPopup</name>
    <message>
        <source>Earlier messages</source>
        <translation>以前のメッセージ</translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <source>Unnamed party</source>
        <translation>名前未入力の宛先</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <source>Parties, in signing order</source>
        <translation>宛先（署名順）</translation>
    </message>
    <message>
        <source>Add sig&amp;ner</source>
        <translation>署名者を追加(&amp;N)</translation>
    </message>
    <message>
        <source>Add &amp;approver</source>
        <translation>承認者を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Sign earlier (Alt+Up)</source>
        <translation>署名順を早める (Alt+Up)</translation>
    </message>
    <message>
        <source>Sign later (Alt+Down)</source>
        <translation>署名順を遅らせる (Alt+Down)</translation>
    </message>
    <message>
        <source>Parties with the same number sign at the same time</source>
        <translation>同じ番号の宛先は同時に署名します</translation>
    </message>
    <message>
        <source>e.g. A: any one of the group signing is enough</source>
        <translation>例: A（グループの誰か1人が署名すれば完了）</translation>
    </message>
    <message>
        <source>Optional: a code you give the party separately</source>
        <translation>任意: 宛先に別途伝えるコード</translation>
    </message>
    <message>
        <source>Who will be there when they sign</source>
        <translation>署名に立ち会う人</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>受信者を追加</translation>
    </message>
    <message>
        <source>May delegate signing to someone else</source>
        <translation>他の人への署名の委任を許可</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>In-house or external</source>
        <translation>社内または社外</translation>
    </message>
    <message>
        <source>Signing order</source>
        <translation>署名順</translation>
    </message>
    <message>
        <source>Any-one-of group</source>
        <translation>いずれか1人グループ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>会社・組織名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Sign type</source>
        <translation>署名方式</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>アクセスコード</translation>
    </message>
    <message>
        <source>Attendant&apos;s email</source>
        <translation>立会人のメールアドレス</translation>
    </message>
    <message>
        <source>May delegate</source>
        <translation>委任を許可</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>役割(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>社内/社外(&amp;W)</translation>
    </message>
    <message>
        <source>Signing or&amp;der</source>
        <translation>署名順(&amp;D)</translation>
    </message>
    <message>
        <source>Any one of</source>
        <translation>いずれか1人</translation>
    </message>
    <message>
        <source>Emai&amp;l</source>
        <translation>メールアドレス(&amp;L)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>言語(&amp;G)</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>名前(&amp;M)</translation>
    </message>
    <message>
        <source>Organisa&amp;tion</source>
        <translation>会社・組織名(&amp;T)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>電話番号(&amp;H)</translation>
    </message>
    <message>
        <source>Sign t&amp;ype</source>
        <translation>署名方式(&amp;Y)</translation>
    </message>
    <message>
        <source>Atte&amp;ndant&apos;s email</source>
        <translation>立会人のメールアドレス(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;ccess code</source>
        <translation>アクセスコード(&amp;C)</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>宛先の追加</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>宛先の削除</translation>
    </message>
    <message>
        <source>Move party</source>
        <translation>宛先の移動</translation>
    </message>
    <message>
        <source>any one of %1</source>
        <translation>%1 のいずれか1人</translation>
    </message>
    <message>
        <source>Service default</source>
        <translation>サービスの既定</translation>
    </message>
    <message>
        <source>Only signers have a sign type</source>
        <translation>署名方式は署名者にのみ設定できます</translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation>宛先の編集</translation>
    </message>
</context>
<context>
    <name>PartyPreviewOverlay</name>
    <message>
        <source>Preview of the fields one party sees</source>
        <translation>1人の宛先に表示されるフィールドのプレビュー</translation>
    </message>
</context>
<context>
    <name>PartyRole</name>
    <message>
        <source>Signer</source>
        <translation>署名者</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受信者</translation>
    </message>
</context>
<context>
    <name>PartyStatus</name>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>対応待ち</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>署名済み</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>却下</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for the PDF</source>
        <translation>PDF のパスワード</translation>
    </message>
    <message>
        <source>“%1” is protected with a password. Enter it to use the document: the draft keeps an unprotected working copy, and the password is not stored anywhere.</source>
        <translation>「%1」はパスワードで保護されています。文書を使うにはパスワードを入力してください。下書きには保護を外した作業用コピーが保存され、パスワードはどこにも保存されません。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
</context>
<context>
    <name>PdfIntake</name>
    <message>
        <source>changing the document</source>
        <translation>文書の変更</translation>
    </message>
    <message>
        <source>inserting, removing or rotating pages</source>
        <translation>ページの挿入・削除・回転</translation>
    </message>
    <message>
        <source>filling in form fields</source>
        <translation>フォームフィールドへの入力</translation>
    </message>
    <message>
        <source>adding comments and fields</source>
        <translation>コメントやフィールドの追加</translation>
    </message>
    <message>
        <source>copying text and images</source>
        <translation>テキストや画像のコピー</translation>
    </message>
    <message>
        <source>high-quality printing</source>
        <translation>高品質印刷</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>extracting text for accessibility</source>
        <translation>アクセシビリティのためのテキスト抽出</translation>
    </message>
    <message>
        <source>none, but the file is encrypted</source>
        <translation>なし（ただしファイルは暗号化されています）</translation>
    </message>
    <message>
        <source>GMO Sign refuses encrypted files, so only an unrestricted copy can be sent.</source>
        <translation>GMO Sign は暗号化されたファイルを受け付けないため、制限を外したコピーしか送信できません。</translation>
    </message>
    <message>
        <source>Assently receives a copy with your fields, and that copy cannot keep the restrictions.</source>
        <translation>Assently にはフィールドを追加したコピーが送られ、そのコピーには制限を残せません。</translation>
    </message>
    <message>
        <source>“%1” is encrypted by its author with restrictions (%2). %3 Only continue if you may remove the restrictions: the draft then uses an unrestricted copy; your original file is not changed.</source>
        <translation>「%1」は作成者によって制限付きで暗号化されています（%2）。%3 制限を外してよい場合にのみ続けてください。下書きでは制限を外したコピーを使い、元のファイルは変更されません。</translation>
    </message>
    <message>
        <source>I may remove the restrictions</source>
        <translation>制限を外してよい</translation>
    </message>
    <message>
        <source>“%1” is damaged, but a repaired copy can be made. The draft then uses the repaired copy; your original file is not changed. Check every page after repairing.</source>
        <translation>「%1」は破損していますが、修復したコピーを作成できます。下書きでは修復したコピーを使い、元のファイルは変更されません。修復後はすべてのページを確認してください。</translation>
    </message>
    <message>
        <source>Repair a copy</source>
        <translation>コピーを修復する</translation>
    </message>
    <message>
        <source>%1 could not be copied (%2).</source>
        <translation>%1 をコピーできませんでした（%2）。</translation>
    </message>
    <message>
        <source>That password is not correct. Try again.</source>
        <translation>パスワードが正しくありません。もう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <source>Document pages</source>
        <translation>ファイルのページ</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Ticked by default</source>
        <translation>最初からチェックを付ける</translation>
    </message>
    <message>
        <source>Filled in by you before sending</source>
        <translation>送信前にあなたが入力</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Label / tag</source>
        <translation>ラベル / タグ</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>プレースホルダー</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>フォントサイズ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Change required</source>
        <translation>必須の設定を変更</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>ラベルを変更</translation>
    </message>
    <message>
        <source>Change placeholder</source>
        <translation>プレースホルダーを変更</translation>
    </message>
    <message>
        <source>Change checkbox default</source>
        <translation>チェックボックスの初期値を変更</translation>
    </message>
    <message>
        <source>Change value</source>
        <translation>値を変更</translation>
    </message>
    <message>
        <source>Select a field to edit its properties.</source>
        <translation>フィールドを選択すると、そのプロパティを編集できます。</translation>
    </message>
    <message>
        <source>%1 field on page %2</source>
        <translation>%1フィールド（%2 ページ）</translation>
    </message>
    <message>
        <source>%1 fields selected</source>
        <translation>%1 個のフィールドを選択中</translation>
    </message>
    <message>
        <source>Sender (fills before sending)</source>
        <translation>送信者（送信前に入力）</translation>
    </message>
    <message>
        <source>Change position</source>
        <translation>位置を変更</translation>
    </message>
    <message>
        <source>Change party</source>
        <translation>宛先を変更</translation>
    </message>
    <message>
        <source>Change font size</source>
        <translation>フォントサイズを変更</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Problems to fix before sending</source>
        <translation>送信前に修正が必要な問題</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>送信の進み具合</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Send the envelope</source>
        <translation>文書を送信</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>要修正</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Click to go to the problem</source>
        <translation>クリックすると問題の箇所に移動します</translation>
    </message>
    <message>
        <source>Sent. The parties have been notified.</source>
        <translation>送信しました。宛先に通知されました。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>送信されていません: %1</translation>
    </message>
    <message>
        <source>%1 to fix before sending</source>
        <translation>送信前に修正が必要: %1</translation>
    </message>
    <message>
        <source>thing</source>
        <translation>件</translation>
    </message>
    <message>
        <source>things</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>送信できます</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>件の警告</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>件の警告</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the end of a sentence</comment>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>SessionAdapter</name>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>元に戻す: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>やり直し: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language of the app&apos;s texts.</source>
        <translation>アプリに表示される言語です。</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>システムと同じ</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language or theme is used from the next start.</source>
        <translation>言語とテーマの変更は次回の起動から反映されます。</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Light or dark colours, or as the system.</source>
        <translation>明るい配色、暗い配色、またはシステムと同じ配色。</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Notify me when an envelope&apos;s status changes</source>
        <translation>文書のステータスが変わったら通知する(&amp;N)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Show a desktop notification when an envelope is signed, declined or expires.</source>
        <translation>文書が署名・却下されたときや期限切れになったときにデスクトップ通知を表示します。</translation>
    </message>
    <message>
        <source>Signed or approved by someone</source>
        <translation>誰かが署名・承認したとき</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>締結完了</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Action needed (waiting for approval)</source>
        <translation>対応が必要（承認待ち）</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>送信に失敗したとき</translation>
    </message>
    <message>
        <source>Notify: %1</source>
        <translation>通知: %1</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Status update interval in seconds</source>
        <translation>ステータス更新の間隔（秒）</translation>
    </message>
    <message>
        <source>How often an account with nothing out for signature is asked for news. Envelopes waiting for someone are checked as often as the account&apos;s call budget allows.</source>
        <translation>署名待ちの文書がないアカウントに更新を確認する間隔です。誰かの対応を待っている文書は、アカウントの呼び出し上限が許す限り頻繁に確認します。</translation>
    </message>
    <message>
        <source>Check finished envelopes &amp;every:</source>
        <translation>完了した文書の確認間隔(&amp;E):</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>ダウンロードフォルダー</translation>
    </message>
    <message>
        <source>Where signed documents and receipts are saved. Leave empty for the default folder.</source>
        <translation>署名済みファイルと証明書の保存先です。空欄の場合は既定のフォルダーに保存します。</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>ダウンロードフォルダーを選択</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>ダウンロードフォルダー(&amp;D):</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>データフォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <source>Open the data folder in the file manager</source>
        <translation>ファイルマネージャーでデータフォルダーを開きます</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>データフォルダー:</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>ログレベル</translation>
    </message>
    <message>
        <source>How much the app writes to its log file. Debug is the most.</source>
        <translation>アプリがログファイルに書き込む量です。「デバッグ」が最も詳しくなります。</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告以上</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <source>Open log folde&amp;r</source>
        <translation>ログフォルダーを開く(&amp;R)</translation>
    </message>
    <message>
        <source>Open the log folder in the file manager</source>
        <translation>ファイルマネージャーでログフォルダーを開きます</translation>
    </message>
    <message>
        <source>Lo&amp;g level:</source>
        <translation>ログレベル(&amp;G):</translation>
    </message>
    <message>
        <source>Save settings and close</source>
        <translation>設定を保存して閉じる</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>保存せずに閉じる</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <source>Enter a full path, for example %1.</source>
        <translation>完全なパスを入力してください（例: %1）。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 はフォルダーではなくファイルです。</translation>
    </message>
    <message>
        <source>Each update of an account uses up to %1 calls (a list and up to %2 envelope details), and a service allows %3 calls per %4 s for each account. Every %5 s that is at most %6 calls per %4 s, leaving the rest for sending and downloading. Shortest allowed: %7 s.</source>
        <translation>アカウントの1回の更新では最大 %1 回のAPI呼び出し（一覧1回と文書の詳細最大 %2 件）を使います。サービスが許可するのは各アカウントにつき %4 秒あたり %3 回です。%5 秒ごとの更新なら %4 秒あたり最大 %6 回となり、残りは送信とダウンロードに使えます。最短の間隔: %7 秒。</translation>
    </message>
</context>
<context>
    <name>SignType</name>
    <message>
        <source>Electronic ID (BankID and similar)</source>
        <translation>電子ID（BankID など）</translation>
    </message>
    <message>
        <source>Touch (draw on screen)</source>
        <translation>タッチ（画面に手書き）</translation>
    </message>
    <message>
        <source>SMS code</source>
        <translation>SMSコード</translation>
    </message>
    <message>
        <source>Quick intent (click to sign)</source>
        <translation>クイック（クリックで署名）</translation>
    </message>
    <message>
        <source>Sign by hand</source>
        <translation>手書き署名</translation>
    </message>
    <message>
        <source>Personal seal (certificate-based)</source>
        <translation>当事者型（電子証明書）</translation>
    </message>
    <message>
        <source>Contract seal (witness type)</source>
        <translation>立会人型</translation>
    </message>
    <message>
        <source>E-signature</source>
        <translation>電子サイン</translation>
    </message>
    <message>
        <source>Digital signature</source>
        <translation>電子署名</translation>
    </message>
    <message>
        <source>Signature in person</source>
        <translation>対面署名</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <source>The document has not been changed since.</source>
        <translation>署名後、ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>The signed content is unchanged, but later additions were made to the file (further signatures or filled-in form fields).</source>
        <translation>署名された内容は変更されていませんが、署名後にファイルへの追加があります（追加の署名、または入力されたフォームフィールド）。</translation>
    </message>
    <message>
        <source>The signed content is unchanged, but the file was changed after signing: check the later changes.</source>
        <translation>署名された内容は変更されていませんが、署名後にファイルが変更されています。署名後の変更内容を確認してください。</translation>
    </message>
    <message>
        <source>The document has been modified since it was signed, so this signature is broken.</source>
        <translation>署名後にファイルが変更されているため、この署名は無効です。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is trusted by this computer.</source>
        <translation>署名者の証明書は、このコンピューターで信頼されています。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has been revoked.</source>
        <translation>署名者の証明書は失効しています。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not trusted by this computer.</source>
        <translation>署名者の証明書は、このコンピューターで信頼されていません。</translation>
    </message>
    <message>
        <source>This signature cannot be checked: its signed byte ranges cannot be read. Treat the document as unverified.</source>
        <translation>この署名は検証できません。署名対象のバイト範囲を読み込めません。このファイルは未検証として扱ってください。</translation>
    </message>
    <message>
        <source>This signature cannot be checked: its signature data cannot be read. Treat the document as unverified.</source>
        <translation>この署名は検証できません。署名データを読み込めません。このファイルは未検証として扱ってください。</translation>
    </message>
    <message>
        <source>Signed by %1 on %2.</source>
        <translation>%2 に %1 が署名しました。</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>%1 が署名しました。</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1%2%3</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Team database</source>
        <translation>チームデータベース</translation>
    </message>
    <message>
        <source>In team mode the desktops of an office share one PostgreSQL database: accounts (never their secrets), envelopes, events, layouts and the outbox. Drafts and secrets stay on this computer, and the window keeps working from its local copy when the database is out of reach.</source>
        <translation>チームモードでは、オフィスのデスクトップが 1 つの PostgreSQL データベースを共有します：アカウント（シークレットは含みません）、文書、イベント、レイアウト、送信トレイ。下書きとシークレットはこのコンピューターに残り、データベースに届かないときもウィンドウはローカルコピーで動作し続けます。</translation>
    </message>
    <message>
        <source>Team database address</source>
        <translation>チームデータベースのアドレス</translation>
    </message>
    <message>
        <source>A PostgreSQL address without the password. Leave empty to work alone.</source>
        <translation>パスワードを含まない PostgreSQL のアドレス。単独で使う場合は空のままにします。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>チームデータベースのパスワード</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keyring, never in a file. Leave empty to keep the saved one.</source>
        <translation>このコンピューターのキーリングにのみ保存され、ファイルには書かれません。保存済みのものを使う場合は空のままにします。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Your name in the team</source>
        <translation>チームでのあなたの名前</translation>
    </message>
    <message>
        <source>Shown to colleagues as who sent, reminded or recalled an envelope.</source>
        <translation>文書を送信・リマインド・取り消した人として同僚に表示されます。</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>あなたの名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Leave team mode</source>
        <translation>チームモードをやめる(&amp;L)</translation>
    </message>
    <message>
        <source>Clears the address. This computer keeps its local copy and works alone.</source>
        <translation>アドレスを消去します。このコンピューターはローカルコピーを保持し、単独で動作します。</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Changes take effect at the next start of the app.</source>
        <translation>変更はアプリの次回起動時に有効になります。</translation>
    </message>
    <message>
        <source>The name may not hold tabs, line breaks or only spaces.</source>
        <translation>名前にタブや改行を含めたり、空白だけにしたりはできません。</translation>
    </message>
    <message>
        <source>Team mode is on (set by the environment).</source>
        <translation>チームモードはオンです（環境変数による設定）。</translation>
    </message>
    <message>
        <source>After saving and restarting, this computer works alone. Its local copy stays.</source>
        <translation>保存して再起動すると、このコンピューターは単独で動作します。ローカルコピーは残ります。</translation>
    </message>
    <message>
        <source>Team mode is off: this computer works alone.</source>
        <translation>チームモードはオフです：このコンピューターは単独で動作しています。</translation>
    </message>
    <message>
        <source>Team mode starts with this database at the next start.</source>
        <translation>次回起動時に、このデータベースでチームモードが始まります。</translation>
    </message>
    <message>
        <source>Team mode is on.</source>
        <translation>チームモードはオンです。</translation>
    </message>
    <message>
        <source>Save, then restart the app: it works alone again from its local copy.</source>
        <translation>保存してからアプリを再起動してください：ローカルコピーで再び単独で動作します。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>The password could not be saved in the keyring: %1</source>
        <translation>パスワードをキーリングに保存できませんでした：%1</translation>
    </message>
    <message>
        <source>The address is fixed by the environment variable ESIGN_TEAM_DATABASE (%1). To change it or leave team mode, change that variable.</source>
        <translation>アドレスは環境変数 ESIGN_TEAM_DATABASE（%1）で固定されています。変更したりチームモードをやめたりするには、その変数を変更してください。</translation>
    </message>
    <message>
        <source>Your name is fixed by the environment variable ESIGN_USER_NAME.</source>
        <translation>あなたの名前は環境変数 ESIGN_USER_NAME で固定されています。</translation>
    </message>
    <message>
        <source>Enter a PostgreSQL address, for example %1</source>
        <translation>PostgreSQL のアドレスを入力してください。例：%1</translation>
    </message>
    <message>
        <source>This address cannot be read: check the port (a number) and that it names one host.</source>
        <translation>このアドレスは読み取れません：ポート（数値）と、ホストが 1 つだけであることを確認してください。</translation>
    </message>
    <message>
        <source>Remove the password from the address and type it in the Password field: it is kept in the keyring, not in the settings file.</source>
        <translation>アドレスからパスワードを削除し、パスワード欄に入力してください：パスワードは設定ファイルではなくキーリングに保存されます。</translation>
    </message>
    <message>
        <source>Add the database server&apos;s host name after the @.</source>
        <translation>@ の後にデータベースサーバーのホスト名を追加してください。</translation>
    </message>
    <message>
        <source>Add the database user before the host: postgresql://USER@host/…</source>
        <translation>ホストの前にデータベースユーザーを追加してください：postgresql://USER@host/…</translation>
    </message>
    <message>
        <source>Add the database name after the host: …@host/DATABASE</source>
        <translation>ホストの後にデータベース名を追加してください：…@host/DATABASE</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>ポートは 1〜65535 の数値にしてください。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1.</source>
        <translation>PostgreSQL %1 に接続しました。</translation>
    </message>
    <message>
        <source>%1 refused the connection: is PostgreSQL running there, and listening on that port (listen_addresses)?</source>
        <translation>%1 が接続を拒否しました：そこで PostgreSQL が動作し、そのポートで待ち受けていますか（listen_addresses）？</translation>
    </message>
    <message>
        <source>The host name is unknown: check its spelling and the network.</source>
        <translation>ホスト名が見つかりません：綴りとネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The server refused the user or password (or pg_hba.conf does not let this computer in).</source>
        <translation>サーバーがユーザーまたはパスワードを拒否しました（または pg_hba.conf がこのコンピューターを許可していません）。</translation>
    </message>
    <message>
        <source>The server asks for a password: type it in the Password field.</source>
        <translation>サーバーがパスワードを求めています：パスワード欄に入力してください。</translation>
    </message>
    <message>
        <source>The server has no database of that name.</source>
        <translation>サーバーにその名前のデータベースはありません。</translation>
    </message>
    <message>
        <source>Something answers on that port, but it is not PostgreSQL: check the port.</source>
        <translation>そのポートで何かが応答していますが、PostgreSQL ではありません：ポートを確認してください。</translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed: check the server&apos;s certificate and the address&apos;s sslmode.</source>
        <translation>安全な接続（TLS）に失敗しました：サーバーの証明書とアドレスの sslmode を確認してください。</translation>
    </message>
    <message>
        <source>No answer within a few seconds: check the host, the port and any firewall between.</source>
        <translation>数秒以内に応答がありません：ホスト、ポート、途中のファイアウォールを確認してください。</translation>
    </message>
    <message>
        <source>The connection failed; the app&apos;s log names the reason.</source>
        <translation>接続に失敗しました。理由はアプリのログに記録されています。</translation>
    </message>
</context>
<context>
    <name>TeamOfflineStrip</name>
    <message>
        <source>Team database state</source>
        <translation>チームデータベースの状態</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <source>Team database unreachable — working from the local copy; colleagues see your changes when it is back</source>
        <translation>チームデータベースに接続できません — ローカルコピーで作業中です。変更は接続が戻ると同僚に共有されます</translation>
    </message>
    <message>
        <source>Team database unreachable since %1 — working from the local copy; colleagues see your changes when it is back</source>
        <translation>%1 からチームデータベースに接続できません — ローカルコピーで作業中です。変更は接続が戻ると同僚に共有されます</translation>
    </message>
    <message>
        <source>Team: connected as %1</source>
        <translation>チーム：%1 として接続中</translation>
    </message>
    <message>
        <source>Team: offline (%1)</source>
        <translation>チーム：オフライン（%1）</translation>
    </message>
    <message>
        <source>Team: offline since %1 (%2)</source>
        <translation>チーム：%1 からオフライン（%2）</translation>
    </message>
    <message>
        <source>Team database reachable again: changes are shared and waiting sends go out</source>
        <translation>チームデータベースに再接続しました：変更が共有され、待機中の送信が送られます</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>会社・組織名</translation>
    </message>
    <message>
        <source>New envelope from a template</source>
        <translation>テンプレートから新しい文書を作成</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Template id</source>
        <translation>テンプレートID</translation>
    </message>
    <message>
        <source>The template&apos;s id, as GMO Sign shows it</source>
        <translation>GMO Sign に表示されるテンプレートID</translation>
    </message>
    <message>
        <source>Envelope name</source>
        <translation>文書名</translation>
    </message>
    <message>
        <source>Signers, in signing order</source>
        <translation>署名者（署名順）</translation>
    </message>
    <message>
        <source>Add signer</source>
        <translation>署名者を追加</translation>
    </message>
    <message>
        <source>Add a signer row</source>
        <translation>署名者の行を追加</translation>
    </message>
    <message>
        <source>Values for the template&apos;s fields</source>
        <translation>テンプレートのフィールドの値</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Create the envelope</source>
        <translation>文書を作成</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>テンプレート(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>Signers (in signing order)</source>
        <translation>署名者（署名順）</translation>
    </message>
    <message>
        <source>Template field values</source>
        <translation>テンプレートのフィールドの値</translation>
    </message>
    <message>
        <source>No account can make envelopes from templates.</source>
        <translation>テンプレートから文書を作成できるアカウントがありません。</translation>
    </message>
    <message>
        <source>Loading templates…</source>
        <translation>テンプレートを読み込んでいます…</translation>
    </message>
    <message>
        <source>This account has no templates yet.</source>
        <translation>このアカウントにはまだテンプレートがありません。</translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <translation>アカウントを選んでください。</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>テンプレートを選んでください。</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>作成しています…</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <source>Page thumbnails</source>
        <translation>ページのサムネイル</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>eSign Desktop</source>
        <translation>eSign Desktop</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>%1 が承認しました</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Signed by %1 (%2 of %3 signed)</source>
        <translation>%1 が署名しました（%3 人中 %2 人が署名済み）</translation>
    </message>
    <message>
        <source>Completed: everyone has signed</source>
        <translation>締結完了: 全員が署名しました</translation>
    </message>
    <message>
        <source>Declined by %1</source>
        <translation>%1 が却下しました</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Expired before everyone signed</source>
        <translation>全員の署名前に期限切れになりました</translation>
    </message>
    <message>
        <source>Waiting for approval by %1</source>
        <translation>%1 の承認待ち</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Could not be sent</source>
        <translation>送信できませんでした</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n envelope updates</source>
        <translation>
            <numerusform>%n 件の文書の更新</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled envelope</source>
        <translation>無題の文書</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give the envelope a name.</source>
        <translation>文書に名前を付けてください。</translation>
    </message>
    <message>
        <source>Add at least one PDF document.</source>
        <translation>PDFファイルを1つ以上追加してください。</translation>
    </message>
    <message>
        <source>%1 takes at most %2 documents per envelope; this one has %3.</source>
        <translation>%1 では1つの文書に追加できるファイルは%2個までです。この文書には%3個あります。</translation>
    </message>
    <message>
        <source>“%1” has no pages.</source>
        <translation>「%1」にはページがありません。</translation>
    </message>
    <message>
        <source>“%1” is already digitally signed; adding fields to it would break those signatures. Remove its fields or use an unsigned copy.</source>
        <translation>「%1」はすでに電子署名されています。フィールドを追加するとその署名が無効になります。このファイルのフィールドを削除するか、署名されていないコピーを使ってください。</translation>
    </message>
    <message>
        <source>Add at least one signer.</source>
        <translation>署名者を1人以上追加してください。</translation>
    </message>
    <message>
        <source>Set the expiry between 1 and 365 days.</source>
        <translation>有効期限は1～365日の範囲で設定してください。</translation>
    </message>
    <message>
        <source>%1 has no signers; change the role of %2.</source>
        <translation>%1 では署名者を指定できません。%2 の役割を変更してください。</translation>
    </message>
    <message>
        <source>%1 has no approvers; change the role of %2.</source>
        <translation>%1 では承認者を指定できません。%2 の役割を変更してください。</translation>
    </message>
    <message>
        <source>%1 has no recipients; change the role of %2.</source>
        <translation>%1 では受信者を指定できません。%2 の役割を変更してください。</translation>
    </message>
    <message>
        <source>%1 has no in-house signers; make %2 an external party.</source>
        <translation>%1 では社内の署名者を指定できません。%2 を社外（取引先）の宛先にしてください。</translation>
    </message>
    <message>
        <source>Every party needs a name.</source>
        <translation>すべての宛先に名前が必要です。</translation>
    </message>
    <message>
        <source>The email address of %1 does not look right: “%2”.</source>
        <translation>%1 のメールアドレスが正しくないようです:「%2」</translation>
    </message>
    <message>
        <source>The phone number of %1 does not look right: “%2”.</source>
        <translation>%1 の電話番号が正しくないようです:「%2」</translation>
    </message>
    <message>
        <source>Add an email address for %1.</source>
        <translation>%1 のメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Add an email address for %1 or a phone number.</source>
        <translation>%1 のメールアドレスまたは電話番号を入力してください。</translation>
    </message>
    <message>
        <source>%1 signs in person: add the email address of the attendant who will be there.</source>
        <translation>%1 は対面で署名します。立ち会う人のメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The attendant&apos;s email address for %1 does not look right: “%2”.</source>
        <translation>%1 の立会人のメールアドレスが正しくないようです:「%2」。</translation>
    </message>
    <message>
        <source>The signing order of %1 must be 1 or more.</source>
        <translation>%1 の署名順は1以上にしてください。</translation>
    </message>
    <message>
        <source>Choose one of %1&apos;s sign types for %2.</source>
        <translation>%2 の署名方式を %1 の署名方式から選んでください。</translation>
    </message>
    <message>
        <source>%1 cannot let any one of a group sign; ungroup %2.</source>
        <translation>%1 では「グループのいずれか1人」が署名する方式を使えません。%2 をグループから外してください。</translation>
    </message>
    <message>
        <source>%1 has no signature field; the service will choose where the signature goes.</source>
        <translation>%1 の署名フィールドがありません。署名の位置はサービスが決めます。</translation>
    </message>
    <message>
        <source>%1 cannot write to %2 in “%3”.</source>
        <translation>%1 は「%3」で %2 に連絡できません。</translation>
    </message>
    <message>
        <source>%1 is used by more than one party; each party needs its own address.</source>
        <translation>%1 が複数の宛先で使われています。宛先ごとに別のアドレスが必要です。</translation>
    </message>
    <message>
        <source>%1 has no %2 fields.</source>
        <translation>%1 では%2フィールドを使えません。</translation>
    </message>
    <message>
        <source>A %1 field belongs to a document that is no longer in the envelope.</source>
        <translation>%1フィールドが、文書にもう含まれていないファイルに属しています。</translation>
    </message>
    <message>
        <source>A %1 field is on page %2, but “%3” has %4 pages.</source>
        <translation>%1フィールドが%2ページ目にありますが、「%3」は全%4ページです。</translation>
    </message>
    <message>
        <source>A %1 field on page %2 of “%3” uses font size %4; %5 offers %6.</source>
        <translation>「%3」の%2ページ目にある%1フィールドのフォントサイズは%4ですが、%5 で使えるのは %6 です。</translation>
    </message>
    <message>
        <source>A %1 field on page %2 of “%3” has no party: choose who signs there.</source>
        <translation>「%3」の%2ページ目にある%1フィールドに宛先がありません。署名する人を選んでください。</translation>
    </message>
    <message>
        <source>A %1 field on page %2 of “%3” has no party: choose who fills it in, or type its value yourself.</source>
        <translation>「%3」の%2ページ目にある%1フィールドに宛先がありません。入力する人を選ぶか、値を自分で入力してください。</translation>
    </message>
    <message>
        <source>A required %1 field on page %2 of “%3” is empty and no party fills it: type its value, make it optional, or choose who fills it in.</source>
        <translation>「%3」の%2ページ目にある必須の%1フィールドが空で、入力する宛先もありません。値を入力するか、任意にするか、入力する人を選んでください。</translation>
    </message>
    <message>
        <source>A required checkbox on page %1 of “%2” is not ticked and no party ticks it: tick it, make it optional, or choose who ticks it.</source>
        <translation>「%2」の%1ページ目にある必須のチェックボックスにチェックがなく、チェックする宛先もありません。チェックを入れるか、任意にするか、チェックする人を選んでください。</translation>
    </message>
    <message>
        <source>A %1 field on page %2 of “%3” belongs to a party who is no longer in the envelope.</source>
        <translation>「%3」の%2ページ目にある%1フィールドは、文書にもう含まれていない宛先に割り当てられています。</translation>
    </message>
    <message>
        <source>A %1 field on page %2 of “%3” belongs to %4, who is an approver and fills in nothing.</source>
        <translation>「%3」の%2ページ目にある%1フィールドは %4 に割り当てられていますが、承認者は何も入力しません。</translation>
    </message>
    <message>
        <source>A %1 field on page %2 of “%3” belongs to %4, who is a recipient and fills in nothing.</source>
        <translation>「%3」の%2ページ目にある%1フィールドは %4 に割り当てられていますが、受信者は何も入力しません。</translation>
    </message>
    <message>
        <source>signature</source>
        <comment>a field kind inside a sentence: “a {kind} field”</comment>
        <translation>署名</translation>
    </message>
    <message>
        <source>date</source>
        <comment>a field kind inside a sentence: “a {kind} field”</comment>
        <translation>日付</translation>
    </message>
    <message>
        <source>text</source>
        <comment>a field kind inside a sentence: “a {kind} field”</comment>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>checkbox</source>
        <comment>a field kind inside a sentence: “a {kind} field”</comment>
        <translation>チェックボックス</translation>
    </message>
</context>
<context>
    <name>ViewSidebar</name>
    <message>
        <source>Envelope views</source>
        <translation>文書のビュー</translation>
    </message>
    <message>
        <source>Choose which envelopes the list shows</source>
        <translation>一覧に表示する文書を選びます</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要確認</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n record(s) set aside</source>
        <translation>
            <numerusform>%1、保管中の記録 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n envelope(s)</source>
        <translation>
            <numerusform>%1、%n 件の文書</numerusform>
        </translation>
    </message>
</context>
</TS>
